import { formatDateTime } from '@oryndau/kz';
import type { Locale } from '@oryndau/kz';

/**
 * The caller's language (docs/api.md): the kk/ru tag Accept-Language prefers
 * most (q-values honoured, `q=0` means "not this one"; equal weights keep the
 * header's order), else the user's saved locale, else Kazakh, the state
 * language.
 */
export function resolveLocale(acceptLanguage: string | undefined, saved: Locale | undefined): Locale {
  let best: { locale: Locale; q: number } | null = null;
  for (const part of (acceptLanguage ?? '').slice(0, 1000).split(',')) {
    const [rawTag = '', ...parameters] = part.split(';');
    const tag = rawTag.trim().toLowerCase();
    const locale: Locale | null = tag === 'kk' || tag.startsWith('kk-') ? 'kk' : tag === 'ru' || tag.startsWith('ru-') ? 'ru' : null;
    if (!locale) continue;
    let q = 1;
    for (const parameter of parameters) {
      const match = /^\s*q\s*=\s*([01](?:\.\d{0,3})?)\s*$/i.exec(parameter);
      if (match) q = Math.min(1, Number(match[1]));
    }
    if (q > 0 && (!best || q > best.q)) best = { locale, q };
  }
  return best?.locale ?? saved ?? 'kk';
}

/** Local date and time for messages such as "locked until …": `ДД.ММ.ГГГГ ЧЧ:ММ`, alike in kk and ru (ISSUE-13 item 4). */
export function formatInstant(iso: string, locale: Locale, timeZone: string): string {
  return formatDateTime(iso, locale, timeZone);
}
