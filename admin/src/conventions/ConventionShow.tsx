import { Show, TabbedShowLayout, TextField, useRecordContext } from 'react-admin';
import { HistoryTab } from '../audit/HistoryTab';
import { CommuneLinkField } from '../fields/CommuneLinkField';
import { DateField } from '../fields/DateField';
import { MoneyField } from '../fields/MoneyField';
import { FileLink } from '../files/FileLink';
import { ConventionAmendments } from './ConventionAmendments';
import { ConventionCancellation } from './ConventionCancellation';
import { ConventionContact } from './ConventionContact';
import { ConventionDeliberations } from './ConventionDeliberations';
import { ConventionPayments } from './ConventionPayments';
import type { ConventionDetailsRecord } from './conventions.api';
import { ConventionSchools } from './ConventionSchools';
import { ConventionShowActions } from './ConventionShowActions';
import { ConventionStatusField } from './ConventionStatusField';

/** The signed copy's scan, to download; nothing until one is attached. */
const SignedScanField = (_props: { label: string }) => {
  const convention = useRecordContext<ConventionDetailsRecord>();
  return convention?.signedScan ? <FileLink file={convention.signedScan} /> : null;
};

/**
 * The page reads the convention's details under its own cache key: react-admin puts each row of a list in
 * the cache of `getOne`, and a list row (ConventionSummary) lacks the schools, deliberations and steps.
 */
const DETAILS = { meta: { view: 'details' } };

/**
 * A convention: its commune, schools and amount; the council's deliberations; the signatures and
 * amendments; the revenue orders; its history (ADMIN and DPO). The toolbar offers the next steps.
 */
const ConventionShow = () => (
  <Show actions={<ConventionShowActions />} queryOptions={DETAILS}>
    <TabbedShowLayout>
      <TabbedShowLayout.Tab label="resources.conventions.tabs.convention">
        <ConventionCancellation label={false} />
        <CommuneLinkField source="communeInseeCode" />
        <TextField source="commune.department.name" label="resources.conventions.fields.departmentCode" />
        <TextField source="schoolYear" />
        <ConventionStatusField source="status" />
        <MoneyField source="amountCents" />
        <MoneyField source="unitPriceCents" />
        <DateField source="endsOn" />
        <DateField source="sentOn" />
        <ConventionSchools label="resources.conventions.fields.schools" />
        <ConventionContact label="resources.conventions.fields.contact" />
      </TabbedShowLayout.Tab>
      <TabbedShowLayout.Tab label="resources.conventions.tabs.deliberation" path="deliberation">
        <ConventionDeliberations label={false} />
      </TabbedShowLayout.Tab>
      <TabbedShowLayout.Tab label="resources.conventions.tabs.signature" path="signature">
        <DateField source="communeSignedOn" />
        <DateField source="academySignedOn" />
        <TextField source="campaign.signatoryName" label="resources.conventions.fields.signatoryName" />
        <SignedScanField label="resources.conventions.fields.signedScan" />
        <ConventionAmendments label="resources.conventions.fields.amendments" />
      </TabbedShowLayout.Tab>
      <TabbedShowLayout.Tab label="resources.conventions.tabs.payments" path="payments">
        <MoneyField source="totalAmountCents" />
        <ConventionPayments label={false} />
      </TabbedShowLayout.Tab>
      <HistoryTab targetType="Convention" path="history" />
    </TabbedShowLayout>
  </Show>
);

export default ConventionShow;
