import DownloadIcon from '@mui/icons-material/Download';
import { Button, useListContext } from 'react-admin';
import { incidentsCsvUrl } from './incidentFilter';

/**
 * The incidents under the list's current filter as a CSV file for a spreadsheet: a plain link, so that the
 * browser downloads it with the session cookie (the server streams it and audits the export).
 */
export const IncidentCsvButton = () => {
  const { filterValues } = useListContext();
  return (
    <Button component="a" label="resources.incidents.export" href={incidentsCsvUrl(filterValues)} download>
      <DownloadIcon />
    </Button>
  );
};
