import { useRecordContext, useTranslate, type FieldProps } from 'react-admin';
import type { LetterTemplateRecord } from './letter-templates.api';

/** « Texte par défaut » or « Modifié », in words. */
export const TemplateOriginField = (_props: FieldProps) => {
  const template = useRecordContext<LetterTemplateRecord>();
  const translate = useTranslate();
  if (!template) return null;
  return <span>{translate(`resources.letterTemplates.origin.${template.isDefault ? 'default' : 'edited'}`)}</span>;
};
