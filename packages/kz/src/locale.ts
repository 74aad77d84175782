/**
 * The two languages every reader-facing text exists in: Kazakh, the
 * state language, and Russian. English is not a user locale; it appears only
 * as an extra label in reference data (region names) for logs and exports.
 */
export type Locale = 'kk' | 'ru';

/** Kazakh first: it is the default when nothing else is known (docs/api.md). */
export const LOCALES: readonly Locale[] = ['kk', 'ru'];

export function isLocale(value: unknown): value is Locale {
  return value === 'kk' || value === 'ru';
}

/** A text a person reads, in both languages; neither may be missing. */
export type LocalizedText = Readonly<Record<Locale, string>>;
