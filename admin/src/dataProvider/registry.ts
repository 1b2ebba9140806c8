import { auditApi } from '../audit/audit.api';
import { campaignsApi } from '../campaigns/campaigns.api';
import { circonscriptionsApi } from '../circonscriptions/circonscriptions.api';
import { communeContactsApi } from '../communeContacts/communeContacts.api';
import { communesApi } from '../communes/communes.api';
import { directoryImportItemsApi, directoryImportsApi } from '../directory-imports/directoryImports.api';
import { dataBreachesApi } from '../data-breaches/data-breaches.api';
import { dataSubjectRequestsApi } from '../data-requests/data-requests.api';
import { letterTemplatesApi } from '../letter-templates/letter-templates.api';
import { incidentQueueApi, incidentsApi } from '../incidents/incidents.api';
import { notificationsApi } from '../notifications/notifications.api';
import { processingActivitiesApi } from '../processing-register/processing-register.api';
import { publicationCoverageApi } from '../publicationDirectors/coverage.api';
import { conventionsApi } from '../conventions/conventions.api';
import { communesWithoutConventionApi } from '../conventions/funnel/funnel.api';
import { groupingsApi } from '../groupings/groupings.api';
import { paymentsApi } from '../payments/payments.api';
import { schoolsApi } from '../schools/schools.api';
import { academiesApi, departmentsApi, regionsApi } from '../territory/territory.api';
import { usersApi } from '../users/users.api';
import type { ResourceApi } from './resourceApi';

/** Every resource the console knows, by react-admin resource name. */
export const registry = {
  schools: schoolsApi,
  communes: communesApi,
  circonscriptions: circonscriptionsApi,
  departments: departmentsApi,
  academies: academiesApi,
  regions: regionsApi,
  users: usersApi,
  audit: auditApi,
  notifications: notificationsApi,
  directoryImports: directoryImportsApi,
  directoryImportItems: directoryImportItemsApi,
  dataSubjectRequests: dataSubjectRequestsApi,
  letterTemplates: letterTemplatesApi,
  processingActivities: processingActivitiesApi,
  dataBreaches: dataBreachesApi,
  publicationCoverage: publicationCoverageApi,
  incidents: incidentsApi,
  incidentQueue: incidentQueueApi,
  conventions: conventionsApi,
  campaigns: campaignsApi,
  communeContacts: communeContactsApi,
  groupings: groupingsApi,
  payments: paymentsApi,
  communesWithoutConvention: communesWithoutConventionApi,
} satisfies Record<string, ResourceApi>;
