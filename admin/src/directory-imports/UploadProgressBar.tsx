import { useTranslate } from 'react-admin';
import { formatFileSize } from '../format/frenchFormats';
import { AnnouncedProgress } from './AnnouncedProgress';
import type { UploadProgress } from './useStartImport';

/** The file being sent, then the dry run being started (which takes a moment once the file is there). */
export const UploadProgressBar = ({ upload }: { upload: UploadProgress }) => {
  const translate = useTranslate();
  const sent = upload.total ? Math.min(100, (upload.sent / upload.total) * 100) : 0;
  const detail =
    upload.sent < upload.total
      ? translate('resources.directoryImports.upload.detail', { sent: formatFileSize(upload.sent), total: formatFileSize(upload.total) })
      : translate('resources.directoryImports.upload.starting');
  return <AnnouncedProgress label={translate('resources.directoryImports.upload.label')} percent={sent} detail={detail} />;
};
