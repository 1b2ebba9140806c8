import { SelectInput, type SelectInputProps } from 'react-admin';
import { useSchoolYears } from './useSchoolYears';

/** A school year among those that have a campaign. */
export const SchoolYearInput = (props: Omit<SelectInputProps, 'choices'>) => {
  const { choices, isPending } = useSchoolYears();
  return <SelectInput source="schoolYear" {...props} choices={choices} translateChoice={false} isPending={isPending} />;
};
