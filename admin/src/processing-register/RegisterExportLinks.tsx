import { Stack } from '@mui/material';
import { DownloadLink } from '../fields/DownloadLink';

/** The whole register as the server writes it: CSV for a spreadsheet, PDF to hand over (e.g. to the CNIL). */
export const RegisterExportLinks = () => (
  <Stack direction="row" spacing={3} sx={{ alignItems: 'center' }}>
    <DownloadLink href="/data-protection/processing-register.csv" label="resources.processingActivities.export.csv" detail="resources.processingActivities.export.csvDetail" />
    <DownloadLink href="/data-protection/processing-register.pdf" label="resources.processingActivities.export.pdf" detail="resources.processingActivities.export.pdfDetail" />
  </Stack>
);
