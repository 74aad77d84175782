/**
 * LIC-8 (seed 004 §5 п. 2): the licence register — each licence has its
 * own life: valid, suspended (since a day), terminated. Every change is an
 * act of the licensor's officer with its ground (issued, re-issued,
 * duplicate issued, suspended, resumed, terminated). A re-issue or a
 * duplicate ends the licence it replaces (status `replaced`) and starts a
 * new valid one. Enforcement (ENF-12) asks `licenceValidOn`.
 */
import type { IsoDate, LocalizedText } from '@oryndau/kz';
import { renderTransitionTable } from '../courts/transition-table';

export const LICENCE_STATUSES = ['valid', 'suspended', 'terminated', 'replaced'] as const;
export type LicenceStatus = (typeof LICENCE_STATUSES)[number];

export const REGISTER_ACTS = ['issued', 'reissued', 'duplicate_issued', 'suspended', 'resumed', 'terminated'] as const;
export type RegisterAct = (typeof REGISTER_ACTS)[number];

/** Acts on an existing licence (issue acts create one): status before → after. */
export const LICENCE_TRANSITIONS = {
  valid: { suspended: 'suspended', terminated: 'terminated', reissued: 'replaced', duplicate_issued: 'replaced' },
  suspended: { resumed: 'valid', terminated: 'terminated' },
  terminated: {},
  replaced: {},
} as const satisfies Record<LicenceStatus, Partial<Record<RegisterAct, LicenceStatus>>>;

export function nextLicenceStatus(status: LicenceStatus, act: RegisterAct): LicenceStatus | undefined {
  const row: Partial<Record<RegisterAct, LicenceStatus>> = LICENCE_TRANSITIONS[status];
  return row[act];
}

export const LICENCE_STATUS_TEXTS: Readonly<Record<LicenceStatus, LocalizedText>> = {
  valid: { kk: 'Қолданыста', ru: 'Действует' },
  suspended: { kk: 'Тоқтатыла тұрды', ru: 'Приостановлена' },
  terminated: { kk: 'Қолданысы тоқтатылды', ru: 'Прекращена' },
  replaced: { kk: 'Қайта ресімделді (жаңа лицензиямен ауыстырылды)', ru: 'Переоформлена (заменена новой лицензией)' },
};

export const REGISTER_ACT_TEXTS: Readonly<Record<RegisterAct, LocalizedText>> = {
  issued: { kk: 'Лицензия берілді', ru: 'Лицензия выдана' },
  reissued: { kk: 'Лицензия қайта ресімделді', ru: 'Лицензия переоформлена' },
  duplicate_issued: { kk: 'Лицензияның телнұсқасы берілді', ru: 'Выдан дубликат лицензии' },
  suspended: { kk: 'Лицензияның қолданысы тоқтатыла тұрды', ru: 'Действие лицензии приостановлено' },
  resumed: { kk: 'Лицензияның қолданысы қайта басталды', ru: 'Действие лицензии возобновлено' },
  terminated: { kk: 'Лицензияның қолданысы тоқтатылды', ru: 'Действие лицензии прекращено' },
};

/**
 * Grounds of the officer's register acts, as data. Suspension/termination
 * grounds follow the historical arts. 143–144 of Law 261-IV (COURTS-LAW.md
 * §6, mark X — a court decides them there): UNCONFIRMED, free text goes with them.
 */
export const REGISTER_GROUNDS: Readonly<Record<'suspended' | 'resumed' | 'terminated', readonly { code: string; text: LocalizedText }[]>> = {
  suspended: [
    { code: 'court_decision', text: { kk: 'Соттың шешімі', ru: 'Решение суда' } },
    { code: 'criminal_accused', text: { kk: 'Қылмыстық іс бойынша айыпталушы ретінде тартылды', ru: 'Привлечение в качестве обвиняемого по уголовному делу' } },
    { code: 'licensee_request', text: { kk: 'Лицензиаттың өтініші', ru: 'Заявление лицензиата' } },
  ],
  resumed: [
    { code: 'ground_ended', text: { kk: 'Тоқтата тұру негізі жойылды', ru: 'Основание приостановления устранено' } },
    { code: 'court_decision', text: { kk: 'Соттың шешімі', ru: 'Решение суда' } },
  ],
  terminated: [
    { code: 'court_decision', text: { kk: 'Соттың шешімі', ru: 'Решение суда' } },
    { code: 'licensee_request', text: { kk: 'Лицензиаттың өтініші', ru: 'Заявление лицензиата' } },
    { code: 'death', text: { kk: 'Лицензиаттың қайтыс болуы', ru: 'Смерть лицензиата' } },
  ],
};

export function isGround(act: 'suspended' | 'resumed' | 'terminated', code: string): boolean {
  return REGISTER_GROUNDS[act].some((g) => g.code === code);
}

/** A register licence as enforcement reads it. `since`: the day the current status began (suspension/termination day). */
export type RegisterLicence = { readonly status: LicenceStatus; readonly issuedOn: IsoDate; readonly statusSince: IsoDate | null };

/**
 * Whether the licence allows work on `day`: issued by then, and valid — or
 * suspended/terminated only from a later day (the act takes effect on its
 * day). A replaced licence is not valid: its successor is.
 */
export function licenceValidOn(licence: RegisterLicence, day: IsoDate): boolean {
  if (licence.issuedOn > day) return false;
  if (licence.status === 'valid') return true;
  return licence.statusSince !== null && licence.statusSince > day && licence.status !== 'replaced';
}

/** The register's table as markdown (docs/licensing.md carries it between markers; a test keeps them equal). */
export function licenceTransitionMarkdown(): string {
  return renderTransitionTable({ statuses: LICENCE_STATUSES, actions: REGISTER_ACTS, table: LICENCE_TRANSITIONS, statusTexts: LICENCE_STATUS_TEXTS });
}
