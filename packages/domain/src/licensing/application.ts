/**
 * LIC-1…LIC-5: the licensing application (заявление на лицензию ЧСИ) as ONE
 * transition table. Seed 004 §6–§7: a portal application is drafted, paid
 * (condition 2), signed with the applicant's ЭЦП (condition 3), registered,
 * reviewed against the qualification requirements (condition 4) and ends in
 * an electronic licence or a refusal with reasons. A staff-channel
 * application (§7) is entered by the licensor's employee and goes straight
 * from draft to registered (`registerByStaff`). A reviewer may return it for
 * correction instead of refusing; the applicant resubmits it.
 *
 * Pure: the caller passes the status and the action, stores the result with
 * `WHERE version = …` (a lost race is one 409).
 */
import type { LocalizedText } from '@oryndau/kz';
import { renderTransitionTable } from '../courts/transition-table';

export const LICENSING_STATUSES = [
  'draft', 'paid', 'signed', 'registered', 'under_review', 'returned_for_correction', 'resubmitted', 'issued', 'refused',
] as const;
export type LicensingStatus = (typeof LICENSING_STATUSES)[number];

export const LICENSING_ACTIONS = [
  'pay', 'sign', 'register', 'registerByStaff', 'takeForReview', 'issue', 'refuse', 'returnForCorrection', 'resubmit',
] as const;
export type LicensingAction = (typeof LICENSING_ACTIONS)[number];

export const LICENSING_TRANSITIONS = {
  // Condition 2: an unpaid application cannot be signed; `refuse` here is "refused: not paid" (process 5).
  draft: { pay: 'paid', registerByStaff: 'registered', refuse: 'refused' },
  // Condition 3: a certificate that fails the checks refuses the application (process 7).
  paid: { sign: 'signed', refuse: 'refused' },
  signed: { register: 'registered' },
  registered: { takeForReview: 'under_review', issue: 'issued', refuse: 'refused', returnForCorrection: 'returned_for_correction' },
  under_review: { issue: 'issued', refuse: 'refused', returnForCorrection: 'returned_for_correction' },
  returned_for_correction: { resubmit: 'resubmitted', refuse: 'refused' },
  resubmitted: { takeForReview: 'under_review', issue: 'issued', refuse: 'refused', returnForCorrection: 'returned_for_correction' },
  issued: {},
  refused: {},
} as const satisfies Record<LicensingStatus, Partial<Record<LicensingAction, LicensingStatus>>>;

export const LICENSING_STATUS_TEXTS: Readonly<Record<LicensingStatus, LocalizedText>> = {
  draft: { kk: 'Жоба', ru: 'Черновик' },
  paid: { kk: 'Төленді', ru: 'Оплачено' },
  signed: { kk: 'Қол қойылды', ru: 'Подписано' },
  registered: { kk: 'Тіркелді', ru: 'Зарегистрировано' },
  under_review: { kk: 'Қаралуда', ru: 'На рассмотрении' },
  returned_for_correction: { kk: 'Түзетуге қайтарылды', ru: 'Возвращено на доработку' },
  resubmitted: { kk: 'Қайта берілді', ru: 'Подано повторно' },
  issued: { kk: 'Лицензия берілді', ru: 'Лицензия выдана' },
  refused: { kk: 'Бас тартылды', ru: 'Отказано' },
};

/** The status after the action, or undefined when the table does not allow it. */
export function nextLicensingStatus(status: LicensingStatus, action: LicensingAction): LicensingStatus | undefined {
  const row: Partial<Record<LicensingAction, LicensingStatus>> = LICENSING_TRANSITIONS[status];
  return row[action];
}

/** Statuses in which the licensor still owes a decision (the 15-working-day clock runs). */
export const LICENSING_PENDING: readonly LicensingStatus[] = ['registered', 'under_review', 'resubmitted'];
/** Statuses the applicant may still change (attach, pay). */
export const LICENSING_EDITABLE: readonly LicensingStatus[] = ['draft', 'returned_for_correction'];
export const LICENSING_FINAL: readonly LicensingStatus[] = ['issued', 'refused'];

export function isLicensingStatus(value: string): value is LicensingStatus {
  return (LICENSING_STATUSES as readonly string[]).includes(value);
}

/** The table as markdown (docs/licensing.md carries it between markers; a test keeps them equal). */
export function licensingTransitionMarkdown(): string {
  return renderTransitionTable({ statuses: LICENSING_STATUSES, actions: LICENSING_ACTIONS, table: LICENSING_TRANSITIONS,
    statusTexts: LICENSING_STATUS_TEXTS });
}
