import { formattedField, isString } from '../fields/formattedField';

/** The operation in words (`updateSchool` → « Modification d’une école »), or its name when unknown. */
export const AuditOperationField = formattedField(isString, (operation, translate) =>
  translate(`resources.audit.operations.${operation}`, { _: operation }),
);
