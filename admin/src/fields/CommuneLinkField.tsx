import { FunctionField, type FunctionFieldProps } from 'react-admin';
import { RecordLink } from './RecordLink';

type WithCommune = { commune: { inseeCode: string; name: string } };

/** The record's commune (a school's, a convention's…), linked to the commune's page. */
export const CommuneLinkField = (props: Omit<FunctionFieldProps<WithCommune>, 'render'>) => (
  <FunctionField<WithCommune>
    {...props}
    render={({ commune }) => (
      <RecordLink resource="communes" id={commune.inseeCode}>
        {commune.name} ({commune.inseeCode})
      </RecordLink>
    )}
  />
);
