import { InformBreachSubjectsDocument, NotifyBreachDocument } from '../graphql/generated/graphql';
import { operation } from '../dataProvider/resourceApi';
import { required, text, type Values } from '../dataProvider/values';
import { instant } from './data-breaches.api';

/** The breach's steps after opening, each answering the breach as it now is. */
export const dataBreachCommands = {
  /** Past 72 hours the server asks for the reasons of the delay (on `lateReason`). */
  notifyBreach: operation(
    NotifyBreachDocument,
    (values: Values) => ({
      id: required(text(values.id), 'id'),
      input: { notifiedAt: required(instant(values.notifiedAt), 'notifiedAt'), cnilReference: text(values.cnilReference), lateReason: text(values.lateReason) },
    }),
    (result) => result.notifyBreach,
  ),
  /** The people were told (Art. 34), for a high risk. */
  informBreachSubjects: operation(
    InformBreachSubjectsDocument,
    (values: Values) => ({ id: required(text(values.id), 'id'), informedOn: required(text(values.informedOn), 'informedOn') }),
    (result) => result.informBreachSubjects,
  ),
};
