import { Box, Typography } from '@mui/material';
import type { ReactNode } from 'react';
import { BooleanInput, DateInput, NumberInput, required, SelectInput, TextInput, useTranslate } from 'react-admin';
import { useWatch } from 'react-hook-form';
import { presidentVoteChoices } from './conventionEnums';

const label = (field: string) => `resources.conventions.deliberation.fields.${field}`;

/** A titled group of inputs, laid out in columns. */
const Group = ({ title, children }: { title: string; children: ReactNode }) => {
  const translate = useTranslate();
  return (
    <Box component="fieldset" sx={{ border: 0, p: 0, m: 0, mb: 2 }}>
      <Typography component="legend" variant="subtitle1" sx={{ mb: 1, fontWeight: 'bold' }}>
        {translate(title)}
      </Typography>
      <Box sx={{ display: 'grid', gridTemplateColumns: { xs: '1fr', sm: 'repeat(2, 1fr)', md: 'repeat(3, 1fr)' }, columnGap: 2 }}>{children}</Box>
    </Box>
  );
};

const Count = ({ source, optional = false }: { source: string; optional?: boolean }) => (
  <NumberInput source={source} label={label(source)} min={0} step={1} validate={optional ? undefined : required()} />
);

/**
 * The register extract of a council deliberation, field by field (DeliberationInput). The CGCT's rules —
 * quorum, proxies, vote totals, majority — are the server's: its reasons show under the input at fault.
 * Blank ballots appear with a secret ballot, the first meeting's date with a second convocation.
 */
export const DeliberationInputs = () => {
  const secretBallot = useWatch({ name: 'secretBallot' }) === true;
  const secondConvocation = useWatch({ name: 'secondConvocation' }) === true;
  return (
    <>
      <Group title="resources.conventions.deliberation.groups.meeting">
        <DateInput source="meetingDate" label={label('meetingDate')} validate={required()} />
        <TextInput source="number" label={label('number')} validate={required()} helperText="resources.conventions.deliberation.hints.number" />
        <TextInput source="secretary" label={label('secretary')} />
        <BooleanInput source="secondConvocation" label={label('secondConvocation')} />
        {secondConvocation && <DateInput source="firstMeetingDate" label={label('firstMeetingDate')} validate={required()} />}
      </Group>
      <Group title="resources.conventions.deliberation.groups.attendance">
        <Count source="membersInOffice" />
        <NumberInput source="present" label={label('present')} min={0} step={1} validate={required()} helperText="resources.conventions.deliberation.hints.present" />
        <Count source="represented" />
        <Count source="absent" />
      </Group>
      <Group title="resources.conventions.deliberation.groups.vote">
        <Count source="voters" />
        <Count source="votesFor" />
        <Count source="votesAgainst" />
        <Count source="abstentions" />
        <BooleanInput source="secretBallot" label={label('secretBallot')} />
        {secretBallot && <Count source="blankOrSpoilt" optional />}
        <SelectInput source="presidentVote" label={label('presidentVote')} choices={presidentVoteChoices} helperText="resources.conventions.deliberation.hints.presidentVote" />
      </Group>
      <Group title="resources.conventions.deliberation.groups.legality">
        <TextInput source="actesId" label={label('actesId')} helperText="resources.conventions.deliberation.hints.actesId" sx={{ gridColumn: '1 / -1' }} />
        <DateInput source="transmittedOn" label={label('transmittedOn')} />
        <DateInput source="receivedOn" label={label('receivedOn')} />
        <DateInput source="publishedOn" label={label('publishedOn')} />
      </Group>
    </>
  );
};
