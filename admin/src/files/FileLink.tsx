import DownloadIcon from '@mui/icons-material/Download';
import { Link } from '@mui/material';

/** A link that downloads a stored file (GET /files/:id, with the session cookie), under its own name. */
export const FileLink = ({ file }: { file: { id: string; name: string } }) => (
  <Link href={`/files/${encodeURIComponent(file.id)}`} download={file.name} sx={{ display: 'inline-flex', alignItems: 'center', gap: 0.5 }}>
    <DownloadIcon fontSize="small" aria-hidden />
    {file.name}
  </Link>
);
