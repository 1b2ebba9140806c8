import { SelectInput, useGetList, type SelectInputProps } from 'react-admin';
import type { TerritoryRecord } from './territory.api';

/** The served départements or académies (Occitanie), loaded once, as a select. */
export const TerritorySelectInput = ({ reference, ...props }: Omit<SelectInputProps, 'choices'> & { reference: 'departments' | 'academies' }) => {
  const { data, isPending } = useGetList<TerritoryRecord>(reference, {
    pagination: { page: 1, perPage: 500 },
    sort: { field: 'code', order: 'ASC' },
    filter: { served: true },
  });
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
