import DownloadIcon from '@mui/icons-material/Download';
import { Button, useCanAccess, useListContext } from 'react-admin';
import { text } from '../dataProvider/values';

/**
 * The filtered year's conventions as CSV for a spreadsheet (GET /conventions/export.csv, with the session
 * cookie). The export is by school year: until one is chosen in the filters the button says so.
 */
export const ConventionExportButton = () => {
  const { filterValues } = useListContext();
  const { canAccess } = useCanAccess({ resource: 'conventions', action: 'export' });
  if (!canAccess) return null;
  const schoolYear = text(filterValues.schoolYear);
  if (!schoolYear) return <Button label="resources.conventions.export.chooseYear" disabled />;
  const query = new URLSearchParams({ schoolYear });
  for (const name of ['status', 'academyCode', 'departmentCode']) {
    const value = text(filterValues[name]);
    if (value) query.set(name, value);
  }
  return (
    <Button label="resources.conventions.export.action" href={`/conventions/export.csv?${query}`}>
      <DownloadIcon />
    </Button>
  );
};
