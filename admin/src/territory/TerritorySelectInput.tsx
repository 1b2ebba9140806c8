import { SelectInput, type SelectInputProps } from 'react-admin';
import type { TerritoryRecord } from './territory.api';
import { useServedTerritories, type TerritoryReference } from './useServedTerritories';

/** The served régions, départements or académies (Occitanie), loaded once, as a select. */
export const TerritorySelectInput = ({ reference, ...props }: Omit<SelectInputProps, 'choices'> & { reference: TerritoryReference }) => {
  const { data, isPending } = useServedTerritories(reference);
  return (
    <SelectInput
      {...props}
      choices={data ?? []}
      optionText={(territory: TerritoryRecord) => `${territory.name} (${territory.code})`}
      translateChoice={false}
      isPending={isPending}
    />
  );
};
