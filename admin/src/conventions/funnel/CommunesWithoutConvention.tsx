import { Typography } from '@mui/material';
import { Datagrid, FunctionField, Link, ListBase, Pagination, TextField, useListContext, useTranslate } from 'react-admin';
import { IntegerField } from '../../fields/IntegerField';
import type { YearScope } from '../../graphql/generated/graphql';
import type { CommuneWithoutConventionRecord } from './funnel.api';
import { conventionCreateLink } from './conventionListLink';

const Heading = () => {
  const translate = useTranslate();
  const { total } = useListContext();
  return (
    <Typography variant="h6" component="h3" gutterBottom>
      {translate('resources.communesWithoutConvention.heading', { smart_count: total ?? 0 })}
    </Typography>
  );
};

/**
 * The communes that pay for open public schools and have no convention for the year, each with a link to
 * the convention form, commune and year filled in.
 */
export const CommunesWithoutConvention = ({ scope }: { scope: YearScope }) => {
  const translate = useTranslate();
  return (
    <ListBase resource="communesWithoutConvention" filter={scope} perPage={10} disableSyncWithLocation>
      <Heading />
      <Datagrid bulkActionButtons={false} rowClick={false} empty={<Typography variant="body2">{translate('resources.communesWithoutConvention.none')}</Typography>}>
        <TextField source="name" sortable={false} />
        <TextField source="departmentName" sortable={false} />
        <IntegerField source="openSchools" sortable={false} />
        <FunctionField<CommuneWithoutConventionRecord>
          source="create"
          sortable={false}
          render={(commune) => (
            <Link
              to={conventionCreateLink({ communeInseeCode: commune.inseeCode, schoolYear: scope.schoolYear })}
              aria-label={translate('resources.communesWithoutConvention.createFor', { commune: commune.name })}
            >
              {translate('resources.communesWithoutConvention.create')}
            </Link>
          )}
        />
      </Datagrid>
      <Pagination rowsPerPageOptions={[10]} />
    </ListBase>
  );
};
