/**
 * ENF-2: the enforcement workspace's lists. A private bailiff's unopened
 * documents are «Входящие», a state bailiff's «Не возбужденные»; both have
 * «На исполнении»; a senior bailiff has «Входящие/Уведомления» (acts to
 * approve). Who sees which list is a policy (identity/policies.ts).
 */
export const ENFORCEMENT_QUEUES = ['incoming', 'notInitiated', 'inExecution', 'suspended', 'forApproval', 'ended', 'transferred', 'refused'] as const;

export type EnforcementQueue = (typeof ENFORCEMENT_QUEUES)[number];

/** ENF-9: the states of a resolution (proceeding_acts.status); `discarded`: a draft the bailiff threw away (ISSUE-13 item 8). */
export const ACT_STATUSES = ['draft', 'awaiting_approval', 'applied', 'returned', 'rejected', 'discarded'] as const;

export type ActStatus = (typeof ACT_STATUSES)[number];
