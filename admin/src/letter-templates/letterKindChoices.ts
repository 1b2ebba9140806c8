import { LETTER_KINDS } from './letter-templates.api';

export const letterKindChoices = LETTER_KINDS.map((kind) => ({ id: kind, name: `resources.letterTemplates.kinds.${kind}` }));
