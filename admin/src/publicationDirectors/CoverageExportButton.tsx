import DownloadIcon from '@mui/icons-material/Download';
import { Button } from 'react-admin';

/**
 * The publication directors in office today as CSV, for a spreadsheet: of one circonscription, or of the
 * whole perimeter. A plain link: the session cookie goes with it, and the server sends it as a file.
 */
export const CoverageExportButton = ({ circonscriptionId }: { circonscriptionId?: string }) => {
  const query = circonscriptionId === undefined ? '' : `?circonscriptionId=${encodeURIComponent(circonscriptionId)}`;
  return (
    <Button label="resources.publicationCoverage.export" href={`/exports/publication-directors.csv${query}`}>
      <DownloadIcon />
    </Button>
  );
};
