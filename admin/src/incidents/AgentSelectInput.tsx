import { SelectInput, type SelectInputProps } from 'react-admin';
import { useIncidentAgents } from './useIncidentAgents';

/** A select among the agents incidents may be given to. */
export const AgentSelectInput = (props: Omit<SelectInputProps, 'choices'>) => {
  const { data, isPending } = useIncidentAgents();
  return <SelectInput {...props} choices={data ?? []} optionText="displayName" translateChoice={false} isPending={isPending} />;
};
