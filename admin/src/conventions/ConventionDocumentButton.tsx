import PdfIcon from '@mui/icons-material/PictureAsPdf';
import { Button, useRecordContext } from 'react-admin';
import type { ConventionDetailsRecord } from './conventions.api';

/** The convention as a PDF, ready to send to the commune (GET documentUrl, with the session cookie; the server sends it as an attachment). */
export const ConventionDocumentButton = () => {
  const convention = useRecordContext<ConventionDetailsRecord>();
  if (!convention) return null;
  return (
    <Button label="resources.conventions.actions.document" href={convention.documentUrl}>
      <PdfIcon />
    </Button>
  );
};
