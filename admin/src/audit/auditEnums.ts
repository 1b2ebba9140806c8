/**
 * The operations of the console's modules, as the server writes them in the trail (its `recordAudit`
 * calls), offered by the filter and put in words. The trail holds others (each module's own): they show
 * under their own name.
 */
export const AUDIT_OPERATIONS = [
  'login',
  'logout',
  'changePassword',
  'createUser',
  'updateUser',
  'setUserGrants',
  'deactivateUser',
  'reactivateUser',
  'revokeUserSessions',
  'resetUserPassword',
  'createSchool',
  'updateSchool',
  'closeSchool',
  'uploadFile',
  'retryNotification',
  'saveCampaign',
  'saveCommuneContact',
  'saveGrouping',
  'deleteGrouping',
  'createConvention',
  'sendConvention',
  'recordDeliberation',
  'signConvention',
  'cancelConvention',
  'expireConvention',
  'amendConvention',
  'signAmendment',
  'attachConventionScan',
  'renewConventions',
  'recordRevenueOrder',
  'recordPayment',
] as const;

/** The target types the server writes, and the console resource that shows such a record (its page, its field labels). */
export const RESOURCE_OF_TARGET: Readonly<Record<string, string | undefined>> = {
  School: 'schools',
  User: 'users',
  Commune: 'communes',
  Circonscription: 'circonscriptions',
  Notification: 'notifications',
  File: undefined,
  Convention: undefined,
  Amendment: undefined,
  Payment: undefined,
  Campaign: undefined,
  Grouping: undefined,
  CommuneContact: undefined,
  PublicationDirectorAssignment: undefined,
  Incident: undefined,
  SavedIncidentFilter: undefined,
  ImportRun: undefined,
  LetterTemplate: undefined,
};

export const auditOperationChoices = AUDIT_OPERATIONS.map((operation) => ({ id: operation, name: `resources.audit.operations.${operation}` }));
export const auditTargetTypeChoices = Object.keys(RESOURCE_OF_TARGET).map((type) => ({ id: type, name: `resources.audit.targetTypes.${type}` }));
