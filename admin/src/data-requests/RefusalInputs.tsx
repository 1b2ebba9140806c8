import { SelectInput, TextInput, required } from 'react-admin';
import { useWatch } from 'react-hook-form';
import { refusalGroundChoices } from './dataRequestEnums';

/** A refusal, even partial, states its legal ground, and an exception its article: asked for refusals only. */
export const RefusalInputs = () => {
  const outcome: unknown = useWatch({ name: 'outcome' });
  if (!outcome || outcome === 'GRANTED') return null;
  return (
    <>
      <SelectInput source="refusalGround" choices={refusalGroundChoices} validate={required()} fullWidth />
      <TextInput source="refusalDetail" multiline minRows={2} fullWidth />
    </>
  );
};
