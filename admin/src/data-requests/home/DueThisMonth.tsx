import { Typography } from '@mui/material';
import { useLocaleState, useTranslate } from 'react-admin';
import { RecordLink } from '../../fields/RecordLink';
import { formatDate } from '../../format/frenchFormats';
import type { DataSubjectRequestRow } from '../data-requests.api';
import { DaysLeftBadge } from '../DaysLeftBadge';

/** The open requests whose due date falls this month, soonest first (a DSFR table). */
export const DueThisMonth = ({ requests, today }: { requests: DataSubjectRequestRow[]; today: string }) => {
  const translate = useTranslate();
  const [locale] = useLocaleState();
  const key = 'resources.dataSubjectRequests';
  const month = new Intl.DateTimeFormat(locale, { month: 'long', year: 'numeric', timeZone: 'UTC' }).format(new Date(`${today}T12:00:00Z`));
  return (
    <div className="fr-mb-4w">
      <Typography variant="h6" component="h3" gutterBottom>
        {translate(`${key}.home.dueThisMonth`, { month })}
      </Typography>
      {requests.length === 0 ? (
        <p>{translate(`${key}.home.noneDueThisMonth`)}</p>
      ) : (
        <div className="fr-table fr-table--no-caption fr-mb-0">
          <table>
            <caption>{translate(`${key}.home.dueThisMonth`, { month })}</caption>
            <thead>
              <tr>
                <th scope="col">{translate(`${key}.fields.reference`)}</th>
                <th scope="col">{translate(`${key}.fields.applicant`)}</th>
                <th scope="col">{translate(`${key}.fields.rights`)}</th>
                <th scope="col">{translate(`${key}.fields.dueOn`)}</th>
                <th scope="col">{translate(`${key}.fields.daysLeft`)}</th>
              </tr>
            </thead>
            <tbody>
              {requests.map((request) => (
                <tr key={request.id}>
                  <td>
                    <RecordLink resource="dataSubjectRequests" id={request.id}>
                      {request.reference}
                    </RecordLink>
                  </td>
                  <td>{`${request.applicant.firstName} ${request.applicant.lastName}`}</td>
                  <td>{request.rights.map((right) => translate(`${key}.rights.${right}`)).join(', ')}</td>
                  <td>{formatDate(request.dueOn)}</td>
                  <td>
                    <DaysLeftBadge daysLeft={request.daysLeft} />
                  </td>
                </tr>
              ))}
            </tbody>
          </table>
        </div>
      )}
    </div>
  );
};
