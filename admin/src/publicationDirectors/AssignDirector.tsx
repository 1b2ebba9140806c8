import { Alert, Box, Stack, Typography } from '@mui/material';
import { Loading, ResourceContextProvider, Title, useRequireAccess, useTranslate } from 'react-admin';
import { AssignDirectorForm } from './AssignDirectorForm';
import { CurrentDirectorNotice } from './CurrentDirectorNotice';
import type { DirectorScope } from './directorScope';
import { useScopeDirectors } from './useScopeDirectors';

/** Designating the publication director of a scope: which school or commune, who is in office, then the form. */
export const AssignDirector = ({ scope }: { scope: DirectorScope }) => {
  const translate = useTranslate();
  const { isPending: accessPending } = useRequireAccess({ resource: 'publicationDirectors', action: 'edit' });
  const { data, error, isPending } = useScopeDirectors(scope);
  if (accessPending || isPending) return <Loading />;
  return (
    // Labels of the inputs: resources.publicationDirectors.fields.*
    <ResourceContextProvider value="publicationDirectors">
      <Box sx={{ maxWidth: 760, mt: 2, mb: 4 }}>
        <Title title="resources.publicationDirectors.assign.title" />
        {error || !data ? (
          <Alert severity="error" role="alert">
            {error?.message ?? translate('ra.page.not_found')}
          </Alert>
        ) : (
          <Stack spacing={2}>
            <Typography variant="h5" component="h2">
              {translate(`resources.publicationDirectors.assign.heading.${scope.kind}`, { name: data.name, code: scope.code })}
            </Typography>
            <CurrentDirectorNotice current={data.current} />
            <AssignDirectorForm scope={scope} />
          </Stack>
        )}
      </Box>
    </ResourceContextProvider>
  );
};
