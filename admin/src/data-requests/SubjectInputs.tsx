import { useWatch } from 'react-hook-form';
import { FormSection } from '../forms/FormSection';
import { PersonInputs } from './PersonInputs';

/** The data subject, asked for only when the applicant acts for someone else (a child, a deceased parent…). */
export const SubjectInputs = () => {
  const relationship: unknown = useWatch({ name: 'relationship' });
  if (!relationship || relationship === 'SELF') return null;
  return (
    <>
      <FormSection title="resources.dataSubjectRequests.sections.subject" />
      <PersonInputs source="subject" />
    </>
  );
};
