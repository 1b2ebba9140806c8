import { AuditEntry } from '../audit/audit-entry.entity.js';
import { UserGrant } from '../auth/grant.entity.js';
import { LoginAttempt } from '../auth/login-attempt.entity.js';
import { Session } from '../auth/session.entity.js';
import { User } from '../auth/user.entity.js';
import { ImportRunItem } from '../directory-import/import-run-item.entity.js';
import { ImportRun } from '../directory-import/import-run.entity.js';
import { StoredFile } from '../files/stored-file.entity.js';
import { Notification } from '../notifications/notification.entity.js';
import { Academy } from '../territory/academy.entity.js';
import { Circonscription } from '../territory/circonscription.entity.js';
import { Commune } from '../territory/commune.entity.js';
import { Department } from '../territory/department.entity.js';
import { School } from '../schools/school.entity.js';

/** Every entity of the product, registered explicitly (no folder scanning: the same list in tests and builds). */
export const entities = [Academy, Department, Commune, Circonscription, School, User, UserGrant, Session, LoginAttempt, AuditEntry, Notification, StoredFile,
  ImportRun, ImportRunItem];
