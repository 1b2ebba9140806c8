import { Alert, Stack } from '@mui/material';
import { Loading, ResourceContextProvider, useRecordContext } from 'react-admin';
import { CurrentDirector } from './CurrentDirector';
import { DirectorHistory } from './DirectorHistory';
import type { ScopeKind } from './directorScope';
import { useScopeDirectors } from './useScopeDirectors';

/** The record's (a school's, a commune's) publication director of the day, then the history for those who may read it. */
export const ScopeDirectors = ({ kind }: { kind: ScopeKind }) => {
  const record = useRecordContext();
  const scope = { kind, code: String(record?.id ?? '') };
  const { data, error, isPending } = useScopeDirectors(scope);
  if (isPending) return <Loading />;
  if (error || !data) return <Alert severity="error">{error?.message}</Alert>;
  return (
    // Labels of the directors' fields: resources.publicationDirectors.fields.*
    <ResourceContextProvider value="publicationDirectors">
      <Stack spacing={3} sx={{ width: '100%' }}>
        <CurrentDirector scope={scope} director={data.current} />
        {data.history && <DirectorHistory history={data.history} />}
      </Stack>
    </ResourceContextProvider>
  );
};
