// The 17 regions and 3 cities of republican significance with their KATO
// codes come from @oryndau/kz — the list the server validates `regionKato`
// against — so the select offers exactly what will be accepted.
import { REGIONS, regionOfKato } from '@oryndau/kz';
import type { UiLanguage } from '../i18n/ui-language.ts';

/** Options for a region select, cities of republican significance first (most documents come from them), then A–Я by name. */
export function regionOptions(language: UiLanguage): { value: string; label: string }[] {
  const collator = new Intl.Collator(language === 'kk' ? 'kk' : 'ru');
  return [...REGIONS]
    .sort((a, b) => (a.kind === b.kind ? collator.compare(a.name[language], b.name[language]) : a.kind === 'city' ? -1 : 1))
    .map((region) => ({ value: region.id, label: region.name[language] }));
}

/** A KATO code (region, district or settlement) as the region's name; the code itself when unknown. */
export function regionName(kato: string | null, language: UiLanguage): string {
  if (kato === null || kato === '') return '—';
  return regionOfKato(kato)?.name[language] ?? kato;
}
