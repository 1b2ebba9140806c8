import { DataTable } from '../../fields/DataTable';
import { RecordLink } from '../../fields/RecordLink';
import { formatMoney } from '../../format/frenchFormats';
import type { RenewConventionsMutation } from '../../graphql/generated/graphql';

type Created = RenewConventionsMutation['renewConventions']['created'][number];

/** The drafts the renewal created, each linked to its page (to check, then send). */
export const RenewalCreated = ({ created }: { created: readonly Created[] }) => (
  <DataTable<Created>
    caption="resources.conventions.renewal.createdCaption"
    rows={created}
    rowKey={(convention) => convention.id}
    empty="resources.conventions.renewal.nothingCreated"
    columns={[
      {
        label: 'resources.conventions.fields.communeInseeCode',
        render: (convention) => (
          <RecordLink resource="conventions" id={convention.id}>
            {convention.commune.name} {convention.schoolYear}
          </RecordLink>
        ),
      },
      { label: 'resources.conventions.fields.amountCents', render: (convention) => formatMoney(convention.amountCents), align: 'right' },
    ]}
  />
);
