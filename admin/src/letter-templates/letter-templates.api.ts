import {
  LetterTemplatesDocument,
  ResetLetterTemplateDocument,
  UpdateLetterTemplateDocument,
  type LetterKind,
  type LetterTemplateDetailsFragment,
} from '../graphql/generated/graphql';
import { everyValueOf, integer, oneOf, required, text } from '../dataProvider/values';
import { operation, type ResourceApi } from '../dataProvider/resourceApi';
import type { Identifier } from 'react-admin';

/** The letters in the order they are sent. */
export const LETTER_KINDS = everyValueOf<LetterKind>()(['ACKNOWLEDGEMENT', 'IDENTITY_REQUEST', 'EXTENSION_NOTICE', 'ANSWER']);

/** A template as react-admin holds it: id = its kind. */
export type LetterTemplateRecord = LetterTemplateDetailsFragment & { id: LetterKind };

const toRecord = (template: LetterTemplateDetailsFragment): LetterTemplateRecord => ({ ...template, id: template.kind });

const readAll = operation(LetterTemplatesDocument, (_: void) => ({}), ({ letterTemplates }) =>
  letterTemplates.map(toRecord).sort((a, b) => LETTER_KINDS.indexOf(a.kind) - LETTER_KINDS.indexOf(b.kind)),
);

const kindOf = (id: Identifier) => required(oneOf(LETTER_KINDS, id), 'kind');

/** Four templates, read whole; only edited ones are stored, the defaults live in the server's code. */
export const letterTemplatesApi: ResourceApi<LetterTemplateRecord> = {
  getList: async () => {
    const templates = await readAll();
    return { data: templates, total: templates.length };
  },
  getOne: async (id) => (await readAll()).find((template) => template.id === id) ?? null,
  /** An unknown {{placeholder}} is refused on its field (`subject` or `body`); a stale version is a conflict. */
  update: operation(
    UpdateLetterTemplateDocument,
    ({ id, data, previousData }) => ({
      kind: kindOf(id),
      input: {
        subject: required(text(data.subject), 'subject'),
        body: required(text(data.body), 'body'),
        version: required(integer(previousData.version), 'version'),
      },
    }),
    ({ updateLetterTemplate }) => toRecord(updateLetterTemplate),
  ),
};

export const letterTemplateCommands = {
  /** Back to the default text (the stored one is deleted). */
  resetLetterTemplate: operation(ResetLetterTemplateDocument, (id: Identifier) => ({ kind: kindOf(id) }), ({ resetLetterTemplate }) => toRecord(resetLetterTemplate)),
};
