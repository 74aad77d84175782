import type { LocalizedText } from '@oryndau/kz';
import { canonicalJson } from '../canonical-json';
import type { ParticipantCategory } from '../courts/participants';

// ENP-7, ENP-9 (seed 002, «2014»: online applications for a password with
// ЭЦП, attached documents such as a power of attorney; the court's staff
// allow or refuse). Pure: the signed bytes, the number, the refusal reasons.

/**
 * Why a court refuses a password (reference data, kk/ru). Not from a
 * legal text: these are the practical grounds the seed's «разрешения выдачи
 * либо отказа» implies — unconfirmed, kept as data so a court can change them.
 */
export const ENP_REFUSAL_REASONS = ['not_participant', 'no_such_case', 'authority_not_proved', 'category_mismatch', 'other'] as const;
export type EnpRefusalReason = (typeof ENP_REFUSAL_REASONS)[number];

export const ENP_REFUSAL_REASON_TEXTS: Readonly<Record<EnpRefusalReason, LocalizedText>> = {
  not_participant: { kk: 'Өтініш беруші іске қатысушы емес', ru: 'Заявитель не является участником дела' },
  no_such_case: { kk: 'Көрсетілген нөмірлі іс осы сотта жоқ', ru: 'Дела с указанным номером в этом суде нет' },
  authority_not_proved: { kk: 'Өкілеттік расталмаған (сенімхат жоқ немесе жарамсыз)', ru: 'Полномочия не подтверждены (доверенности нет или она недействительна)' },
  category_mismatch: { kk: 'Көрсетілген санат іс материалдарына сәйкес келмейді', ru: 'Указанная категория не соответствует материалам дела' },
  other: { kk: 'Басқа себеп', ru: 'Иная причина' },
};

export const isEnpRefusalReason = (value: string): value is EnpRefusalReason => (ENP_REFUSAL_REASONS as readonly string[]).includes(value);

/** Whether a refusal is complete: `other` needs its own words (the free text goes to the applicant as written). */
export function enpRefusalProblem(reason: string, text: string | null | undefined): 'reason' | 'text' | null {
  if (!isEnpRefusalReason(reason)) return 'reason';
  if (reason === 'other' && !(text ?? '').trim()) return 'text';
  return null;
}

export const ENP_APPLICATION_STATUS_TEXTS = {
  draft: { kk: 'Жоба (қол қойылмаған)', ru: 'Черновик (не подписана)' },
  submitted: { kk: 'Қарауда', ru: 'На рассмотрении' },
  approved: { kk: 'Құпиясөз берілді', ru: 'Пароль выдан' },
  refused: { kk: 'Бас тартылды', ru: 'Отказано' },
} as const satisfies Record<string, LocalizedText>;

/** «ЭНП-2026-000017»: the court's running number of the year. */
export function enpApplicationNumber(year: number, n: number): string {
  return `ЭНП-${year}-${String(n).padStart(6, '0')}`;
}

/** What the applicant signs: the application as canonical JSON, the attachments by their SHA-256. */
export type EnpApplicationManifest = {
  type: 'enp.application';
  applicationId: string;
  applicantIin: string;
  fullName: string;
  courtId: string;
  caseNumber: string;
  category: ParticipantCategory;
  email: string;
  attachments: { position: number; name: string; sha256: string; size: number }[];
};

export function enpApplicationManifestBytes(m: EnpApplicationManifest): Uint8Array {
  return new TextEncoder().encode(canonicalJson(m));
}

export const ENP_APPLICATION_TITLE: LocalizedText = {
  kk: 'ЭНП-ға қол жеткізу құпиясөзін беру туралы өтінім', ru: 'Заявка на выдачу пароля доступа к ЭНП',
};
