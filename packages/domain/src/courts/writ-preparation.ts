/**
 * FILE-16 (seed 003 §51–56): what a writ of execution is made of, decided
 * purely from the case, its act and what the secretary entered. The server
 * reads the rows and builds the card bytes; nothing here does I/O.
 */
import type { LocalizedText } from '@oryndau/kz';
import { DomainError, ErrorCode } from '../errors';
import { DEFAULT_RULES, ruleFor, type BailiffKind, type DistributionRuleSet } from '../enforcement/distribution/rules';
import type { ParticipantCategory } from './participants';
import type { CaseForm } from './reference';

/** The court act as the writ needs it (court_acts of issue 15 item 1). */
export type WritActFacts = {
  readonly status: string;
  /** §51: executed at once, before legal force (e.g. alimony, reinstatement at work). */
  readonly immediateExecution: boolean;
  /** The moment the legal-force mark was signed; null while not in force. */
  readonly inForceAt: Date | null;
};

/**
 * §51: a court act is executed after it enters into legal force, except when
 * it is for immediate execution. A writ before that is refused
 * (`courts.writ_act_not_in_force`, 409); an act not yet signed likewise.
 */
export function assertActExecutable(act: WritActFacts): void {
  if (act.status !== 'signed') throw new DomainError(ErrorCode.writActNotInForce, { actStatus: act.status });
  if (act.inForceAt === null && !act.immediateExecution) throw new DomainError(ErrorCode.writActNotInForce, { actStatus: act.status });
}

/** Who recovers under the writ (взыскатель) and who pays (должник), by the participant's category in the case. */
export const WRIT_CLAIMANT_CATEGORIES: readonly ParticipantCategory[] = ['plaintiff', 'applicant', 'civil_plaintiff'];
export const WRIT_DEBTOR_CATEGORIES: readonly ParticipantCategory[] = ['defendant', 'civil_defendant', 'accused'];

export type WritPartyKind = 'individual' | 'legal_entity';

/**
 * §54: the category decides the addressee. Unless the secretary names an
 * ENF-12 category (alimony, collection for the state …), it follows from
 * the case: a sentence → `criminal_sentence`; a legal entity's claim →
 * `legal_entities`; otherwise `citizens`. An unknown category is refused
 * (`courts.writ_category_unknown`, 422) — it would go to manual assignment.
 */
export function writCategory(input: { form: CaseForm; firstClaimantKind: WritPartyKind; requested?: string | null },
  rules: DistributionRuleSet = DEFAULT_RULES): string {
  const category = input.requested ?? (input.form === 'criminal' ? 'criminal_sentence'
    : input.firstClaimantKind === 'legal_entity' ? 'legal_entities' : 'citizens');
  if (!ruleFor(rules, category)) throw new DomainError(ErrorCode.writCategoryUnknown, { category });
  return category;
}

/**
 * §54, ENF-12: the addressee is the first bailiff kind the distribution rule
 * of the category allows — the SAME rules enforcement distributes by, so
 * the court and enforcement never disagree about where a writ goes.
 */
export function writAddressee(category: string, rules: DistributionRuleSet = DEFAULT_RULES): BailiffKind {
  const rule = ruleFor(rules, category);
  if (!rule || rule.kinds.length === 0) throw new DomainError(ErrorCode.writCategoryUnknown, { category });
  return rule.kinds[0]!;
}

export const WRIT_ADDRESSEE_TEXTS: Readonly<Record<BailiffKind, LocalizedText>> = {
  state: { kk: 'Мемлекеттік сот орындаушысы', ru: 'Государственный судебный исполнитель' },
  private: { kk: 'Жеке сот орындаушысы', ru: 'Частный судебный исполнитель' },
};

/** The category's name a person reads (the rule's own words). */
export function writCategoryName(category: string, rules: DistributionRuleSet = DEFAULT_RULES): LocalizedText {
  return ruleFor(rules, category)?.categoryName ?? { kk: category, ru: category };
}

/** The sum in minor units as the card's decimal string: 12345678 → "123456.78". */
export function minorToDecimal(amountMinor: number): string {
  if (!Number.isSafeInteger(amountMinor) || amountMinor <= 0) throw new DomainError(ErrorCode.validation, { fields: ['amountMinor'] });
  const whole = Math.floor(amountMinor / 100);
  const cents = amountMinor % 100;
  return cents === 0 ? String(whole) : `${whole}.${String(cents).padStart(2, '0')}`;
}

/** The writ's number: the case number and the writ's place among the case's writs (`2-1234/2026/1`). */
export function writNumber(caseNumber: string, sequence: number): string {
  return `${caseNumber}/${sequence}`;
}
