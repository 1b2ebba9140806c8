import { useTranslate } from 'react-admin';

/**
 * A DSFR download link to a document the server builds (PDF, ZIP, CSV), sent with the session cookie.
 * `detail` says the format; the link's text names the document.
 */
export const DownloadLink = ({ href, label, detail }: { href: string; label: string; detail: string }) => {
  const translate = useTranslate();
  return (
    <a className="fr-link fr-link--download" href={href} download>
      {translate(label)}
      <span className="fr-link__detail">{translate(detail)}</span>
    </a>
  );
};
