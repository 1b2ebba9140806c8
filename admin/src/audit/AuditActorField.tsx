import { formattedField, isStringOrNull } from '../fields/formattedField';

/** Who acted: their e-mail at that time, or the system (background jobs, command line). */
export const AuditActorField = formattedField(isStringOrNull, (email, translate) => email ?? translate('resources.audit.system'));
