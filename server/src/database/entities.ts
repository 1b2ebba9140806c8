import { AuditEntry } from '../audit/audit-entry.entity.js';
import { UserGrant } from '../auth/grant.entity.js';
import { LoginAttempt } from '../auth/login-attempt.entity.js';
import { Session } from '../auth/session.entity.js';
import { User } from '../auth/user.entity.js';
import { DataBreach } from '../data-breaches/data-breach.entity.js';
import { DataSubjectRequest } from '../data-requests/data-request.entity.js';
import { IdentityProof } from '../data-requests/identity-proof.entity.js';
import { LetterTemplate } from '../data-requests/letter-template.entity.js';
import { DataSubjectRequestCounter } from '../data-requests/reference-counter.entity.js';
import { ImportRunItem } from '../directory-import/import-run-item.entity.js';
import { ImportRun } from '../directory-import/import-run.entity.js';
import { StoredFile } from '../files/stored-file.entity.js';
import { Incident } from '../incidents/incident.entity.js';
import { IncidentAttachment } from '../incidents/incident-attachment.entity.js';
import { IncidentClockStop } from '../incidents/incident-clock-stop.entity.js';
import { IncidentComment } from '../incidents/incident-comment.entity.js';
import { IncidentCounter } from '../incidents/incident-counter.entity.js';
import { SavedIncidentFilter } from '../incidents/saved-incident-filter.entity.js';
import { Notification } from '../notifications/notification.entity.js';
import { PublicationDirectorAssignment } from '../publication-directors/publication-director.entity.js';
import { Academy } from '../territory/academy.entity.js';
import { Circonscription } from '../territory/circonscription.entity.js';
import { Commune } from '../territory/commune.entity.js';
import { Department } from '../territory/department.entity.js';
import { ProcessingActivity } from '../processing-register/processing-activity.entity.js';
import { School } from '../schools/school.entity.js';
import { Campaign } from '../conventions/campaign.entity.js';
import { CommuneContact } from '../conventions/commune-contact.entity.js';
import { Amendment, Convention, Enrolment } from '../conventions/convention.entity.js';
import { CouncilDeliberation } from '../conventions/deliberation.entity.js';
import { GroupingCommune, SchoolGrouping, SchoolPayer } from '../conventions/grouping.entity.js';
import { Payment } from '../conventions/payment.entity.js';

/** Every entity of the product, registered explicitly (no folder scanning: the same list in tests and builds). */
export const entities = [
  Academy, Department, Commune, Circonscription, School, User, UserGrant, Session, LoginAttempt, AuditEntry, Notification, StoredFile, PublicationDirectorAssignment,
  Incident, IncidentComment, IncidentClockStop, IncidentAttachment, IncidentCounter, SavedIncidentFilter,
  Campaign, CommuneContact, SchoolGrouping, GroupingCommune, SchoolPayer, Convention, Amendment, Enrolment, CouncilDeliberation, Payment,
  ProcessingActivity, DataSubjectRequest, DataSubjectRequestCounter, IdentityProof, LetterTemplate, DataBreach,
  ImportRun, ImportRunItem,
];
