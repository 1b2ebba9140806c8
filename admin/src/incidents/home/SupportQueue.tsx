import { Typography } from '@mui/material';
import { useId } from 'react';
import { List, useTranslate } from 'react-admin';
import { IncidentGrid } from '../IncidentGrid';
import { IncidentListActions } from '../IncidentListActions';
import { useIncidentFilters } from '../useIncidentFilters';
import { SavedFilters } from './SavedFilters';

/**
 * The live queue: open incidents (unless the filter names statuses), resolution due instant first. Its
 * filter is kept between visits (the store), not in the home page's URL.
 */
export const SupportQueue = () => {
  const translate = useTranslate();
  const headingId = useId();
  return (
    <section aria-labelledby={headingId}>
      <Typography id={headingId} variant="h6" component="h3">
        {translate('resources.incidents.home.queue')}
      </Typography>
      <List
        resource="incidentQueue"
        title={false}
        disableSyncWithLocation
        storeKey="incidentQueue.home"
        perPage={10}
        filters={useIncidentFilters()}
        actions={<IncidentListActions />}
        empty={false}
      >
        <SavedFilters />
        <IncidentGrid sortable={false} />
      </List>
    </section>
  );
};
