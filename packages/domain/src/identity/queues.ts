import type { Role } from './roles';

/**
 * ENF-2 and the other workspaces: the work queues a role sees on its home
 * page. Later issues fill them; the key is the i18n label `queue.<key>`.
 */
export const QUEUES = [
  { key: 'enforcement.incoming', roles: ['private_bailiff'] }, // «Входящие»
  { key: 'enforcement.notInitiated', roles: ['state_bailiff'] }, // «Не возбужденные»
  { key: 'enforcement.inExecution', roles: ['state_bailiff', 'private_bailiff'] }, // «На исполнении»
  { key: 'enforcement.forApproval', roles: ['senior_bailiff'] }, // «Входящие/Уведомления»
  { key: 'courts.filingsToRegister', roles: ['court_office'] },
  { key: 'courts.enpApplications', roles: ['court_office'] },
  { key: 'courts.actsToSign', roles: ['judge'] },
  { key: 'courts.writsToSign', roles: ['court_secretary'] },
  { key: 'courts.toArchive', roles: ['court_secretary'] }, // FILE-17, §62: cases due to be handed to the archive
  // Issue 15 item 2 (FILE-15): the judge's marks due on their cases; the chairman's of the whole court (judge absent).
  { key: 'courts.legalForceMarks', roles: ['judge', 'court_chairman'] },
  { key: 'licensing.applications', roles: ['licensing_officer'] },
  { key: 'citizen.myCases', roles: ['citizen'] },
  { key: 'citizen.notifications', roles: ['citizen'] }, // ISSUE-14 item 8, X-4: unread notices in the cabinet
  { key: 'citizen.myProceedings', roles: ['citizen'] },
  { key: 'admin.journal', roles: ['admin'] },
  { key: 'admin.calendar', roles: ['admin'] },
] as const satisfies ReadonlyArray<{ key: string; roles: readonly Role[] }>;

export type QueueKey = (typeof QUEUES)[number]['key'];
