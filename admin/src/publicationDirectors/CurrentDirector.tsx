import { Stack, Typography } from '@mui/material';
import { useId } from 'react';
import { EmailField, Labeled, RecordContextProvider, SelectField, TextField, TopToolbar, useTranslate } from 'react-admin';
import { DateField } from '../fields/DateField';
import { AcknowledgeCharterButton } from './AcknowledgeCharterButton';
import { AssignDirectorButton } from './AssignDirectorButton';
import { CharterDateField } from './CharterDateField';
import type { DirectorScope } from './directorScope';
import { EndDirectorButton } from './EndDirectorButton';
import { PersonNameField } from './PersonNameField';
import type { DirectorRecord } from './publicationDirectors.commands';
import { functionChoices } from './publicationDirectorEnums';

/**
 * The publication director of the day, with what those who designate may do: designate a successor, end
 * the designation, record the charter's acknowledgement. Or, when there is none, « Désigner ».
 */
export const CurrentDirector = ({ scope, director }: { scope: DirectorScope; director: DirectorRecord | null }) => {
  const translate = useTranslate();
  const titleId = useId();
  return (
    <section aria-labelledby={titleId}>
      <Typography id={titleId} variant="h6" component="h2" gutterBottom>
        {translate('resources.publicationDirectors.current.title')}
      </Typography>
      {director ? (
        <RecordContextProvider value={director}>
          <Stack direction="row" spacing={4} useFlexGap sx={{ flexWrap: 'wrap' }}>
            <Labeled label="resources.publicationDirectors.fields.person">
              <PersonNameField />
            </Labeled>
            <Labeled>
              <SelectField source="function" choices={functionChoices} />
            </Labeled>
            <Labeled>
              <EmailField source="email" />
            </Labeled>
            <Labeled>
              <DateField source="startDate" />
            </Labeled>
            {director.endDate && (
              <Labeled>
                <DateField source="endDate" />
              </Labeled>
            )}
            <Labeled>
              <CharterDateField source="charterAcknowledgedOn" />
            </Labeled>
            {director.justification && (
              <Labeled>
                <TextField source="justification" />
              </Labeled>
            )}
          </Stack>
          <TopToolbar sx={{ justifyContent: 'flex-start' }}>
            <AssignDirectorButton scope={scope} label="resources.publicationDirectors.assign.successor" />
            {!director.endDate && <EndDirectorButton director={director} />}
            {!director.charterAcknowledgedOn && <AcknowledgeCharterButton director={director} />}
          </TopToolbar>
        </RecordContextProvider>
      ) : (
        <>
          <Typography variant="body2" component="p">
            {translate('resources.publicationDirectors.current.none')}
          </Typography>
          <TopToolbar sx={{ justifyContent: 'flex-start' }}>
            <AssignDirectorButton scope={scope} />
          </TopToolbar>
        </>
      )}
    </section>
  );
};
