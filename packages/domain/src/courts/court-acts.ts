/**
 * Issue 15 item 1 (FILE-14, SIG-5, seed 003 §42–47): a court act of a case —
 * drawn up by a judge of the case, signed by every current judge of the
 * case (a panel signs in any order), complete when the last one signed. Once
 * the first signature exists the act is fixed: a correction is a new act.
 * Pure: the signers and the time come in as arguments.
 */
import type { LocalizedText } from '@oryndau/kz';
import { DomainError, ErrorCode } from '../errors';
import { renderTransitionTable } from './transition-table';

/** COURTS-LAW §8 (ГПК art. 21, УПК art. 7 sp.16), plus the two acts of a hearing (§45). */
export const COURT_ACT_KINDS = ['decision', 'ruling', 'resolution', 'court_order', 'sentence', 'operative_part', 'hearing_record'] as const;
export type CourtActKind = (typeof COURT_ACT_KINDS)[number];

export const COURT_ACT_KIND_TEXTS: Readonly<Record<CourtActKind, LocalizedText>> = {
  decision: { kk: 'Шешім', ru: 'Решение' },
  ruling: { kk: 'Ұйғарым', ru: 'Определение' },
  resolution: { kk: 'Қаулы', ru: 'Постановление' },
  court_order: { kk: 'Сот бұйрығы', ru: 'Судебный приказ' },
  sentence: { kk: 'Үкім', ru: 'Приговор' },
  operative_part: { kk: 'Қарар бөлімі', ru: 'Резолютивная часть' },
  hearing_record: { kk: 'Сот отырысының хаттамасы', ru: 'Протокол судебного заседания' },
};

/**
 * FILE-17, §62: the kinds of act whose entry into legal force ends the case at
 * this instance and so starts the archive's three working days. A ruling may or
 * may not end a case (it mostly decides a motion), so it does not: a case ended
 * by a ruling is handed over when its secretary prepares the inventory.
 */
export const CASE_ENDING_ACT_KINDS: readonly CourtActKind[] = ['decision', 'resolution', 'court_order', 'sentence'];

export const COURT_ACT_STATUSES = ['draft', 'signing', 'signed'] as const;
export type CourtActStatus = (typeof COURT_ACT_STATUSES)[number];

export const COURT_ACT_STATUS_TEXTS: Readonly<Record<CourtActStatus, LocalizedText>> = {
  draft: { kk: 'Жоба', ru: 'Проект' },
  signing: { kk: 'Қол қойылуда', ru: 'На подписании' },
  signed: { kk: 'Қол қойылды', ru: 'Подписан' },
};

export const COURT_ACT_ACTIONS = ['edit', 'signPartly', 'signLast'] as const;
export type CourtActAction = (typeof COURT_ACT_ACTIONS)[number];

/**
 * The act's table. `signPartly` is a judge's signature with others still to
 * sign, `signLast` the one that completes it. No action leaves `signed`, and
 * `edit` exists only in `draft` (SIG-5, §46).
 */
export const COURT_ACT_TRANSITIONS = {
  draft: { edit: 'draft', signPartly: 'signing', signLast: 'signed' },
  signing: { signPartly: 'signing', signLast: 'signed' },
  signed: {},
} as const satisfies Record<CourtActStatus, Partial<Record<CourtActAction, CourtActStatus>>>;

export function renderCourtActTransitions(): string {
  return renderTransitionTable({ statuses: COURT_ACT_STATUSES, actions: COURT_ACT_ACTIONS, table: COURT_ACT_TRANSITIONS,
    statusTexts: COURT_ACT_STATUS_TEXTS });
}

/** The act's next status after `action`, or the error a person reads (edit of a signed act: courts.act_signed). */
export function courtActAfter(status: CourtActStatus, action: CourtActAction): CourtActStatus {
  const row: Partial<Record<CourtActAction, CourtActStatus>> = COURT_ACT_TRANSITIONS[status];
  const next = row[action];
  if (next !== undefined) return next;
  throw new DomainError(action === 'edit' ? ErrorCode.courtActSigned : ErrorCode.courtActTransitionForbidden, { status, action });
}

/**
 * One judge's signature on the act. `currentJudges` are the case's judges
 * not released; `signedBy` those who already signed. Complete when every
 * current judge signed (a released judge's earlier signature does not count
 * for the panel and is kept only as history).
 */
export function decideCourtActSignature(input: {
  status: CourtActStatus; currentJudges: readonly string[]; signedBy: readonly string[]; signer: string;
}): { status: CourtActStatus; complete: boolean } {
  if (!input.currentJudges.includes(input.signer)) throw new DomainError(ErrorCode.forbidden);
  if (input.signedBy.includes(input.signer)) throw new DomainError(ErrorCode.courtActAlreadySignedByYou);
  const after = new Set([...input.signedBy, input.signer]);
  const complete = input.currentJudges.every((j) => after.has(j));
  return { status: courtActAfter(input.status, complete ? 'signLast' : 'signPartly'), complete };
}

/** Template text fields of an act (kk or ru as the act's language): what the judge writes, rendered to the PDF. */
export type CourtActFields = {
  /** Вводная часть: who heard what, when. */
  readonly introduction: string;
  /** Описательная часть. */
  readonly description: string;
  /** Мотивировочная часть. */
  readonly reasoning: string;
  /** Резолютивная часть: what the court decided, the appeal order. */
  readonly operative: string;
};

export const COURT_ACT_FIELD_NAMES = ['introduction', 'description', 'reasoning', 'operative'] as const;

export const COURT_ACT_FIELD_TEXTS: Readonly<Record<keyof CourtActFields, LocalizedText>> = {
  introduction: { kk: 'Кіріспе бөлім', ru: 'Вводная часть' },
  description: { kk: 'Сипаттау бөлімі', ru: 'Описательная часть' },
  reasoning: { kk: 'Дәлелдеу бөлімі', ru: 'Мотивировочная часть' },
  operative: { kk: 'Қарар бөлімі', ru: 'Резолютивная часть' },
};

/** The fields a template act needs: the operative part always (§45: it is what is announced), the rest may be empty. */
export function courtActFieldsProblem(fields: CourtActFields): (keyof CourtActFields)[] {
  return fields.operative.trim() === '' ? ['operative'] : [];
}
