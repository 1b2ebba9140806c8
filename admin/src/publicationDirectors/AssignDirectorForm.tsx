import { useCallback, useMemo, useState } from 'react';
import { DateInput, email, Form, RadioButtonGroupInput, required, SaveButton, SelectInput, TextInput, Toolbar, useNotify, useRedirect } from 'react-admin';
import type { Values } from '../dataProvider/values';
import { useCommandSubmit } from '../forms/useCommandSubmit';
import { todayInParis } from '../format/parisDays';
import { AssignConflictAlert } from './AssignConflictAlert';
import { directorTabPath, type DirectorScope } from './directorScope';
import { JustificationInput } from './JustificationInput';
import { civilityChoices, functionChoicesFor, usualFunctionOf } from './publicationDirectorEnums';

/**
 * The person to designate for a scope, from a start date (today by default). The server checks everything:
 * its reasons show under the inputs, and a start that would rewrite the history (CONFLICT) above them. Once
 * designated, the scope's directors tab shows the new director and the history.
 */
export const AssignDirectorForm = ({ scope }: { scope: DirectorScope }) => {
  const notify = useNotify();
  const redirect = useRedirect();
  const [conflict, setConflict] = useState<string | null>(null);
  const onDone = useCallback(() => {
    notify('resources.publicationDirectors.assign.done', { type: 'success' });
    redirect(directorTabPath(scope));
  }, [notify, redirect, scope]);
  const submit = useCommandSubmit('assignPublicationDirector', onDone, setConflict);
  const record = useMemo(
    () => ({
      [scope.kind === 'school' ? 'schoolUai' : 'communeInseeCode']: scope.code,
      function: usualFunctionOf(scope.kind),
      startDate: todayInParis(),
      justification: '',
    }),
    [scope],
  );
  return (
    <Form
      record={record}
      onSubmit={(values: Values) => {
        setConflict(null);
        return submit(values);
      }}
    >
      {conflict && <AssignConflictAlert message={conflict} />}
      <RadioButtonGroupInput source="civility" choices={civilityChoices} validate={required()} />
      <TextInput source="firstName" validate={required()} autoComplete="off" fullWidth />
      <TextInput source="lastName" validate={required()} autoComplete="off" fullWidth />
      <TextInput source="email" type="email" validate={[required(), email()]} helperText="resources.publicationDirectors.hints.email" fullWidth />
      <SelectInput source="function" choices={functionChoicesFor(scope.kind)} validate={required()} fullWidth />
      <JustificationInput />
      <DateInput source="startDate" validate={required()} helperText="resources.publicationDirectors.hints.startDate" />
      <Toolbar>
        <SaveButton label="resources.publicationDirectors.assign.submit" />
      </Toolbar>
    </Form>
  );
};
