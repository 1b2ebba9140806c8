import type { ReactNode } from 'react';
import {
  ArrayInput,
  AutocompleteArrayInput,
  AutocompleteInput,
  ReferenceArrayInput,
  ReferenceInput,
  required,
  SelectInput,
  SimpleForm,
  SimpleFormIterator,
  TextInput,
  Toolbar,
  SaveButton,
  useGetMany,
} from 'react-admin';
import { useWatch } from 'react-hook-form';
import { texts } from '../dataProvider/values';
import type { CommuneRecord } from '../communes/communes.api';

/** The paying commune of a row: one of the members chosen above. */
const PayingCommuneInput = () => {
  const members = texts(useWatch({ name: 'communeInseeCodes' })) ?? [];
  const { data } = useGetMany<CommuneRecord>('communes', { ids: members }, { enabled: members.length > 0 });
  return (
    <SelectInput
      source="payingCommuneInseeCode"
      label="resources.groupings.fields.payingCommuneInseeCode"
      choices={data ?? []}
      optionText={(commune: CommuneRecord) => `${commune.name} (${commune.inseeCode})`}
      translateChoice={false}
      validate={required()}
      sx={{ minWidth: 260 }}
    />
  );
};

/**
 * A grouping (RPI): its name, its member communes (at least two, of one département) and, for the schools
 * that another member pays for, that member. The server checks membership and uniqueness.
 */
export const GroupingForm = ({ toolbarExtra, children }: { toolbarExtra?: ReactNode; children?: ReactNode }) => (
  <SimpleForm
    toolbar={
      <Toolbar sx={{ justifyContent: 'space-between' }}>
        <SaveButton />
        {toolbarExtra}
      </Toolbar>
    }
    sx={{ maxWidth: 960 }}
  >
    {children}
    <TextInput source="name" validate={required()} fullWidth />
    <ReferenceArrayInput source="communeInseeCodes" reference="communes">
      <AutocompleteArrayInput validate={required()} helperText="resources.groupings.hints.communes" fullWidth />
    </ReferenceArrayInput>
    <ArrayInput source="payerRows" helperText="resources.groupings.hints.payers">
      <SimpleFormIterator inline disableReordering disableClear>
        <ReferenceInput source="schoolUai" reference="schools">
          <AutocompleteInput label="resources.groupings.fields.schoolUai" validate={required()} sx={{ minWidth: 360 }} />
        </ReferenceInput>
        <PayingCommuneInput />
      </SimpleFormIterator>
    </ArrayInput>
  </SimpleForm>
);
