import { defaultTimeZone, formatDateTime, zoneOffsetMs } from '../format/date-time.ts';
import { formatDay } from '../format/day.ts';
import type { UiLanguage } from '../i18n/ui-language.ts';
import { intlLocale } from '../i18n/ui-language.ts';
import type { EnpCatalog } from './enp-catalog.ts';

// Dates and sizes on the portal, in the one format of each language the
// project uses (ДД.ММ.ГГГГ, ДД.ММ.ГГГГ ЧЧ:ММ:СС — format/day.ts,
// format/date-time.ts). The portal has no signed-in zone; every court keeps
// Kazakhstan's single zone since 2024, so instants are shown in Asia/Almaty.

/** A file size as the seed shows it: «45,0 КБ» (decimal comma in both languages, 1 KB = 1024 bytes). */
export function formatFileSize(bytes: number, language: UiLanguage, units: EnpCatalog['units']): string {
  const number = (value: number) => new Intl.NumberFormat(intlLocale(language), { minimumFractionDigits: 1, maximumFractionDigits: 1 }).format(value);
  if (bytes < 1024) return `${bytes} ${units.bytes}`;
  if (bytes < 1024 * 1024) return `${number(bytes / 1024)} ${units.kilobytes}`;
  return `${number(bytes / (1024 * 1024))} ${units.megabytes}`;
}

/** A day of the case (`YYYY-MM-DD`, or an instant) as ДД.ММ.ГГГГ. */
export function formatEnpDay(value: string): string {
  return formatDay(value, defaultTimeZone);
}

/** An instant (the lockout's end, a view of the case) as ДД.ММ.ГГГГ ЧЧ:ММ:СС. */
export function formatEnpInstant(iso: string, language: UiLanguage): string {
  return formatDateTime(iso, language, defaultTimeZone);
}

/** A court's zone as a person reads it: its offset now, e.g. «UTC+05:00» (the IANA name is for the program). */
export function formatZone(timeZone: string, now: number = Date.now()): string {
  try {
    const minutes = Math.round(zoneOffsetMs(now, timeZone) / 60000);
    const sign = minutes < 0 ? '−' : '+';
    const abs = Math.abs(minutes);
    return `UTC${sign}${String(Math.floor(abs / 60)).padStart(2, '0')}:${String(abs % 60).padStart(2, '0')}`;
  } catch {
    return timeZone;
  }
}
