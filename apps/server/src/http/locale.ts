import type { Locale } from '@oryndau/kz';

/**
 * The caller's language (docs/api.md): an explicit kk/ru in Accept-Language
 * (the web UI sends the language on screen), else the user's saved locale,
 * else Kazakh, the state language.
 */
export function resolveLocale(acceptLanguage: string | undefined, saved: Locale | undefined): Locale {
  for (const part of (acceptLanguage ?? '').split(',')) {
    const tag = part.split(';')[0]?.trim().toLowerCase() ?? '';
    if (tag === 'kk' || tag.startsWith('kk-')) return 'kk';
    if (tag === 'ru' || tag.startsWith('ru-')) return 'ru';
  }
  return saved ?? 'kk';
}

/** Local date and time for messages such as "locked until …". */
export function formatInstant(iso: string, locale: Locale, timeZone: string): string {
  return new Intl.DateTimeFormat(locale === 'kk' ? 'kk-KZ' : 'ru-RU', {
    timeZone, year: 'numeric', month: '2-digit', day: '2-digit', hour: '2-digit', minute: '2-digit', hour12: false,
  }).format(new Date(iso));
}
