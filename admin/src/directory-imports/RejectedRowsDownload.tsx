import { Download } from '@codegouvfr/react-dsfr/Download';
import { useTranslate } from 'react-admin';
import { formatInteger } from '../format/frenchFormats';

/**
 * The rejected rows under the file's own columns, with their line and reason: to correct in a spreadsheet
 * and import again. A plain link: the server checks the session cookie and sends it as an attachment.
 */
export const RejectedRowsDownload = ({ url, rejected }: { url: string; rejected: number }) => {
  const translate = useTranslate();
  return (
    <Download
      label={translate('resources.directoryImports.report.download')}
      details={translate('resources.directoryImports.report.downloadDetails', { smart_count: rejected, count: formatInteger(rejected) })}
      linkProps={{ href: url }}
    />
  );
};
