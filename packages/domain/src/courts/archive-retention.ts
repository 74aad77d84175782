import type { LocalizedText } from '@oryndau/kz';

/**
 * FILE-17, seed 003 §60: an archived case is kept for the period set for
 * the same documents on paper. The current list is the «Перечень документов
 * Верховного Суда, Судебной администрации, местных и других судов с
 * указанием сроков хранения», order of the Chairman of the Supreme Court of
 * 08.06.2023 No. 6001-23-7-4/129 (COURTS-LAW.md §4, source secondary:
 * zhalagash-zharshysy.kz, 11.06.2024). Its text was not found, so every
 * period here is UNCONFIRMED data (`confirmed: false`) to be replaced from
 * the list; nothing else in the code knows a number of years.
 */
export type RetentionRule = {
  /** Stable id kept with the archived case (what was applied). */
  id: string;
  form: 'civil' | 'criminal' | 'administrative';
  /** A category code prefix, or null for the form's default. */
  categoryPrefix: string | null;
  /** Years; null = permanent storage. */
  years: number | null;
  source: string;
  confirmed: boolean;
  name: LocalizedText;
};

const SOURCE = 'Order of the Chairman of the Supreme Court of 08.06.2023 No. 6001-23-7-4/129 (list not retrieved; COURTS-LAW.md §4)';

export const RETENTION_RULES: readonly RetentionRule[] = [
  { id: 'civil.default', form: 'civil', categoryPrefix: null, years: 5, source: SOURCE, confirmed: false,
    name: { kk: 'Азаматтық істер', ru: 'Гражданские дела' } },
  { id: 'criminal.default', form: 'criminal', categoryPrefix: null, years: 25, source: SOURCE, confirmed: false,
    name: { kk: 'Қылмыстық істер', ru: 'Уголовные дела' } },
  { id: 'administrative.default', form: 'administrative', categoryPrefix: null, years: 3, source: SOURCE, confirmed: false,
    name: { kk: 'Әкімшілік істер', ru: 'Административные дела' } },
];

/** The rule for a case: the longest matching category prefix, else its form's default. */
export function retentionRuleFor(form: RetentionRule['form'], category: string, rules: readonly RetentionRule[] = RETENTION_RULES): RetentionRule {
  const matching = rules.filter((r) => r.form === form && (r.categoryPrefix === null || category.startsWith(r.categoryPrefix)))
    .sort((a, b) => (b.categoryPrefix?.length ?? -1) - (a.categoryPrefix?.length ?? -1));
  const rule = matching[0];
  if (!rule) throw new TypeError(`no retention rule for form ${form}`);
  return rule;
}

/** The last day of storage: the archiving day plus the years (permanent: null). */
export function retentionUntil(archivedOn: string, years: number | null): string | null {
  if (years === null) return null;
  const [y, m, d] = archivedOn.split('-').map(Number) as [number, number, number];
  const target = new Date(Date.UTC(y + years, m - 1, d));
  // 29 February + n years lands on 1 March: keep the last day of February instead.
  if (target.getUTCMonth() !== m - 1) target.setUTCDate(0);
  return target.toISOString().slice(0, 10);
}
