import { Typography } from '@mui/material';
import { useId } from 'react';
import { Datagrid, ListContextProvider, SelectField, TextField, useList, useTranslate } from 'react-admin';
import { DateField } from '../fields/DateField';
import { CharterDateField } from './CharterDateField';
import { EndReasonField } from './EndReasonField';
import { NothingToDo } from './NothingToDo';
import { PeriodEndField } from './PeriodEndField';
import { PersonNameField } from './PersonNameField';
import type { DirectorRecord } from './publicationDirectors.commands';
import { functionChoices } from './publicationDirectorEnums';

/** Every designation of the scope, newest first as the API gives them: rows are never deleted, only ended. */
export const DirectorHistory = ({ history }: { history: DirectorRecord[] }) => {
  const translate = useTranslate();
  const titleId = useId();
  const listContext = useList({ data: history });
  return (
    <section aria-labelledby={titleId}>
      <Typography id={titleId} variant="h6" component="h2" gutterBottom>
        {translate('resources.publicationDirectors.history.title')}
      </Typography>
      <ListContextProvider value={listContext}>
        <Datagrid bulkActionButtons={false} rowClick={false} empty={<NothingToDo message="resources.publicationDirectors.history.empty" />}>
          <DateField source="startDate" />
          <PeriodEndField source="endDate" />
          <PersonNameField source="lastName" label="resources.publicationDirectors.fields.person" />
          <SelectField source="function" choices={functionChoices} />
          <TextField source="email" />
          <CharterDateField source="charterAcknowledgedOn" />
          <EndReasonField source="endReason" />
        </Datagrid>
      </ListContextProvider>
    </section>
  );
};
