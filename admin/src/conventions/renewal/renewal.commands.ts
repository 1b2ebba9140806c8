import { ConventionRenewalPreviewDocument, RenewConventionsDocument } from '../../graphql/generated/graphql';
import { operation } from '../../dataProvider/resourceApi';
import { required, text, type Values } from '../../dataProvider/values';

/** The renewal form's values: the year renewed, and optionally one académie. */
const renewalScope = (values: Values) => ({
  fromSchoolYear: required(text(values.fromSchoolYear), 'fromSchoolYear'),
  academyCode: text(values.academyCode) ?? null,
});

export const renewalCommands = {
  /** What renewing would create, commune by commune; nothing is created. */
  conventionRenewalPreview: operation(ConventionRenewalPreviewDocument, renewalScope, ({ conventionRenewalPreview }) => conventionRenewalPreview),
  /** Creates next year's drafts (none twice); answers those created. */
  renewConventions: operation(RenewConventionsDocument, renewalScope, ({ renewConventions }) => renewConventions.created),
};
