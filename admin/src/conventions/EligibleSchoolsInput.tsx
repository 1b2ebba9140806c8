import { useQuery } from '@tanstack/react-query';
import { CheckboxGroupInput, required, useTranslate } from 'react-admin';
import { Typography } from '@mui/material';
import { useCommand } from '../dataProvider/useCommand';
import type { EligibleSchoolFragment } from '../graphql/generated/graphql';

const schoolLabel = (school: EligibleSchoolFragment) => `${school.name} (${school.uai})`;

/**
 * The schools a commune may enrol, to tick (`schoolUais`): public, open, paid by that commune (groupings
 * applied). `excluded` are left out (the schools a convention already holds, for an amendment). The
 * server checks it all again, and refuses a school already enrolled elsewhere this year under this input.
 */
export const EligibleSchoolsInput = ({ communeInseeCode, excluded = [] }: { communeInseeCode: string | undefined; excluded?: readonly string[] }) => {
  const translate = useTranslate();
  const eligibleSchools = useCommand('eligibleSchools');
  const { data, isPending } = useQuery({
    queryKey: ['eligibleSchools', communeInseeCode],
    queryFn: () => eligibleSchools(communeInseeCode!),
    enabled: communeInseeCode !== undefined,
  });
  if (!communeInseeCode) {
    return <Typography variant="body2">{translate('resources.conventions.eligibleSchools.chooseCommune')}</Typography>;
  }
  const schools = (data ?? []).filter((school) => !excluded.includes(school.uai));
  if (!isPending && !schools.length) {
    return <Typography variant="body2">{translate('resources.conventions.eligibleSchools.none')}</Typography>;
  }
  return (
    <CheckboxGroupInput
      source="schoolUais"
      label="resources.conventions.fields.schoolUais"
      choices={schools.map((school) => ({ id: school.uai, name: schoolLabel(school) }))}
      translateChoice={false}
      isPending={isPending}
      validate={required()}
      row={false}
      helperText="resources.conventions.eligibleSchools.hint"
    />
  );
};
