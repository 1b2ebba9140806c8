import { auditApi } from '../audit/audit.api';
import { circonscriptionsApi } from '../circonscriptions/circonscriptions.api';
import { communesApi } from '../communes/communes.api';
import { incidentQueueApi, incidentsApi } from '../incidents/incidents.api';
import { notificationsApi } from '../notifications/notifications.api';
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
  incidents: incidentsApi,
  incidentQueue: incidentQueueApi,
} satisfies Record<string, ResourceApi>;
