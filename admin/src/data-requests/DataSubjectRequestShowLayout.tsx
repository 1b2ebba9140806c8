import {
  ChipField,
  Loading,
  ReferenceArrayField,
  SelectField,
  SingleFieldList,
  TabbedShowLayout,
  TextField,
  useRecordContext,
} from 'react-admin';
import { HistoryTab } from '../audit/HistoryTab';
import { DateField } from '../fields/DateField';
import { AnswerTimingField } from './AnswerTimingField';
import { isDetailed, type DataSubjectRequestRow } from './data-requests.api';
import { channelChoices, identityStatusChoices, outcomeChoices, refusalGroundChoices, relationshipChoices, requestStatusChoices } from './dataRequestEnums';
import { DueDateBanner } from './DueDateBanner';
import { GuidanceList } from './GuidanceList';
import { IdentityCheckActions } from './IdentityCheckActions';
import { IdentityProofsField } from './IdentityProofsField';
import { LetterDownloads } from './LetterDownloads';
import { PersonDetailsField } from './PersonDetailsField';
import { RightsField } from './RightsField';

/** Long texts keep the lines they were written with. */
const multiline = { whiteSpace: 'pre-line' } as const;

/**
 * The request's page: its due date first, then the request, its instruction (guidance, extension,
 * identity), its answer, its letters and its history.
 */
export const DataSubjectRequestShowLayout = () => {
  const request = useRecordContext<DataSubjectRequestRow>();
  if (!request || !isDetailed(request)) return <Loading />;
  const tab = 'resources.dataSubjectRequests.tabs';
  return (
    <>
      <DueDateBanner />
      <TabbedShowLayout>
        <TabbedShowLayout.Tab label={`${tab}.request`}>
          <TextField source="reference" />
          <SelectField source="status" choices={requestStatusChoices} />
          <DateField source="receivedOn" />
          <SelectField source="channel" choices={channelChoices} />
          <RightsField source="rights" />
          <PersonDetailsField source="applicant" />
          <SelectField source="relationship" choices={relationshipChoices} />
          {request.relationship !== 'SELF' && <PersonDetailsField source="subject" />}
          <TextField source="content" sx={multiline} />
          <ReferenceArrayField source="schoolUais" reference="schools">
            <SingleFieldList linkType="show">
              <ChipField source="name" size="small" />
            </SingleFieldList>
          </ReferenceArrayField>
          <ReferenceArrayField source="communeInseeCodes" reference="communes">
            <SingleFieldList linkType="show">
              <ChipField source="name" size="small" />
            </SingleFieldList>
          </ReferenceArrayField>
          <TextField source="processing.name" label="resources.dataSubjectRequests.fields.processing" />
        </TabbedShowLayout.Tab>
        <TabbedShowLayout.Tab label={`${tab}.instruction`}>
          <GuidanceList source="guidance" />
          <DateField source="extensionNotifiedOn" />
          <TextField source="extensionReason" sx={multiline} emptyText="—" />
          <SelectField source="identityCheck" choices={identityStatusChoices} />
          <DateField source="identityRequestedOn" />
          <DateField source="identityReceivedOn" />
          <DateField source="identityDecidedOn" />
          <IdentityProofsField source="identityProofs" />
          <IdentityCheckActions />
        </TabbedShowLayout.Tab>
        <TabbedShowLayout.Tab label={`${tab}.answer`}>
          <DateField source="answeredOn" />
          <SelectField source="answerChannel" choices={channelChoices} />
          <SelectField source="outcome" choices={outcomeChoices} />
          <SelectField source="refusalGround" choices={refusalGroundChoices} />
          <TextField source="refusalDetail" sx={multiline} />
          <TextField source="answerSummary" sx={multiline} />
          <DateField source="firstAnsweredOn" />
          <AnswerTimingField source="answeredLate" />
          <DateField source="closedOn" />
          <DateField source="reopenedOn" />
          <TextField source="cnilComplaintReference" />
        </TabbedShowLayout.Tab>
        <TabbedShowLayout.Tab label={`${tab}.letters`}>
          <LetterDownloads source="letters" label={false} />
        </TabbedShowLayout.Tab>
        <HistoryTab targetType="DataSubjectRequest" />
      </TabbedShowLayout>
    </>
  );
};
