import { circonscriptionsApi } from '../circonscriptions/circonscriptions.api';
import { communesApi } from '../communes/communes.api';
import { schoolsApi } from '../schools/schools.api';
import { academiesApi, departmentsApi } from '../territory/territory.api';
import type { ResourceApi } from './resourceApi';

/** Every resource the console knows, by react-admin resource name. */
export const registry = {
  schools: schoolsApi,
  communes: communesApi,
  circonscriptions: circonscriptionsApi,
  departments: departmentsApi,
  academies: academiesApi,
} satisfies Record<string, ResourceApi>;
