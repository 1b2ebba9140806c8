import { FunctionField, type FunctionFieldProps } from 'react-admin';
import { RecordLink } from '../fields/RecordLink';
import type { SchoolRecord } from './schools.api';

/** The school's commune, linked to its page. */
export const SchoolCommuneField = (props: Omit<FunctionFieldProps<SchoolRecord>, 'render'>) => (
  <FunctionField<SchoolRecord>
    {...props}
    render={(school) => (
      <RecordLink resource="communes" id={school.commune.inseeCode}>
        {school.commune.name} ({school.commune.inseeCode})
      </RecordLink>
    )}
  />
);
