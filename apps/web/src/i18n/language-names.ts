import type { UiLanguage } from './ui-language.ts';

/**
 * Each language's name in itself, for the kk/ru switch. The switch shows
 * both names while only the language on screen has its catalog loaded
 * (ISSUE-13 item 12), so these few words are in the entry. They are the
 * catalogs' `language.selfName`; catalogs.test.ts checks they agree.
 */
export const languageSelfNames: Record<UiLanguage, string> = {
  kk: 'Қазақша',
  ru: 'Русский',
};
