import { Select } from '@codegouvfr/react-dsfr/Select';
import { useTranslate } from 'react-admin';

interface FunnelScopeSelectProps {
  label: string;
  value: string;
  onChange: (value: string) => void;
  options: ReadonlyArray<{ id: string; name: string }>;
  /** i18n key of a first option meaning "all" (value ''), if any. */
  allLabel?: string;
}

/** A DSFR select of the home page's funnel (school year, académie): not part of any form. */
export const FunnelScopeSelect = ({ label, value, onChange, options, allLabel }: FunnelScopeSelectProps) => {
  const translate = useTranslate();
  return (
    <Select label={translate(label)} nativeSelectProps={{ value, onChange: (event) => onChange(event.target.value) }} style={{ minWidth: 220 }}>
      {allLabel && <option value="">{translate(allLabel)}</option>}
      {options.map((option) => (
        <option key={option.id} value={option.id}>
          {option.name}
        </option>
      ))}
    </Select>
  );
};
