import { FunctionField, type FunctionFieldProps } from 'react-admin';
import { RecordLink } from '../fields/RecordLink';
import type { SchoolRecord } from './schools.api';

/** The school's circonscription, linked to its page (none for a school not attached yet). */
export const SchoolCirconscriptionField = (props: Omit<FunctionFieldProps<SchoolRecord>, 'render'>) => (
  <FunctionField<SchoolRecord>
    {...props}
    render={(school) =>
      school.circonscription && (
        <RecordLink resource="circonscriptions" id={school.circonscription.id}>
          {school.circonscription.name}
        </RecordLink>
      )
    }
  />
);
