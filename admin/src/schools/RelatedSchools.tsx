import { Datagrid, Pagination, ReferenceManyField, SelectField, TextField } from 'react-admin';
import { ShowLinkField } from '../fields/ShowLinkField';
import { UaiField } from '../fields/UaiField';
import { schoolKindChoices, schoolStatusChoices } from './schoolEnums';

/** The schools of the record shown (a commune, a circonscription): `target` is the schools filter to apply. */
export const RelatedSchools = ({ target, label }: { target: 'communeInseeCode' | 'circonscriptionId'; label: string }) => (
  <ReferenceManyField reference="schools" target={target} label={label} sort={{ field: 'name', order: 'ASC' }} perPage={10} pagination={<Pagination />}>
    <Datagrid rowClick="show" bulkActionButtons={false}>
      <UaiField source="uai" />
      <ShowLinkField source="name" />
      <SelectField source="kind" choices={schoolKindChoices} />
      <SelectField source="status" choices={schoolStatusChoices} />
    </Datagrid>
  </ReferenceManyField>
);
