import type { TFunction } from 'i18next';
import { flattenCatalog } from '../i18n/catalog.ts';
// The catalog's part, not kk.ts: the whole catalog is loaded per language (i18n.ts).
import { kkStrings } from '../i18n/kk-strings.ts';

// ISSUE-13 item 3 (X-2): a journal entry's details in words — «Причина:
// …; Регистрационный номер: …» — instead of raw JSON. Only details with a
// name in both catalogs (kk-strings.ts journalDetail) are shown, their values
// written the way people write them (dates as ДД.ММ.ГГГГ, instants in the
// organisation's zone); code values and internal ids are counted, not shown.

const labelled = new Set(flattenCatalog(kkStrings.journalDetail).keys());
const ISO_DAY = /^\d{4}-\d{2}-\d{2}$/;
const ISO_INSTANT = /^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}/;
// A value that is a code (`least_loaded`, `simp.initiation`, `returnToClaimant`) or a plain English word.
const CODE = /^[a-z][a-zA-Z0-9]*(?:[._][a-zA-Z0-9]+)*$/;

export type DetailFormatters = { day: (iso: string) => string; instant: (iso: string) => string };

function valueText(value: unknown, format: DetailFormatters): string | null {
  if (typeof value === 'number') return String(value);
  if (typeof value === 'boolean' || value === null || value === undefined) return null;
  if (Array.isArray(value)) {
    const parts = value.map((item) => valueText(item, format)).filter((part): part is string => part !== null);
    return parts.length === value.length && parts.length > 0 ? parts.join(', ') : value.length > 0 ? String(value.length) : null;
  }
  if (typeof value !== 'string' || value.trim() === '') return null;
  if (ISO_DAY.test(value)) return format.day(value);
  if (ISO_INSTANT.test(value)) return format.instant(value);
  if (CODE.test(value)) return null;
  return value;
}

/** The details as «label: value; …», plus how many technical details are left out; '' when nothing to say. */
export function journalDetailsText(t: TFunction, details: unknown, format: DetailFormatters): string {
  if (details === null || typeof details !== 'object' || Array.isArray(details)) return '';
  const shown: string[] = [];
  let hidden = 0;
  for (const [key, value] of Object.entries(details as Record<string, unknown>)) {
    const text = labelled.has(key) ? valueText(value, format) : null;
    if (text === null) hidden++;
    else shown.push(`${t(`strings.journalDetail.${key}`)}: ${text}`);
  }
  if (hidden > 0) shown.push(t('strings.journalDetailsMore', { n: hidden }));
  return shown.join('; ');
}
