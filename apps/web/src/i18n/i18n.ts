import i18next from 'i18next';
import { initReactI18next } from 'react-i18next';
import { kk } from './kk.ts';
import { ru } from './ru.ts';
import { defaultLanguage, isUiLanguage, readStoredLanguage, storeLanguage } from './ui-language.ts';
import type { UiLanguage } from './ui-language.ts';

export const i18n = i18next.createInstance();

/** Synchronous init: the catalogs are bundled, nothing to fetch. */
export function initI18n(): typeof i18n {
  const initial = readStoredLanguage() ?? defaultLanguage;
  void i18n.use(initReactI18next).init({
    resources: { kk: { translation: kk }, ru: { translation: ru } },
    lng: initial,
    fallbackLng: false,
    supportedLngs: ['kk', 'ru'],
    interpolation: { escapeValue: false }, // React escapes already
    returnNull: false,
    initAsync: false,
  });
  setDocumentLanguage(initial);
  return i18n;
}

export function currentLanguage(): UiLanguage {
  const lng = i18n.resolvedLanguage ?? i18n.language;
  return isUiLanguage(lng) ? lng : defaultLanguage;
}

/** Switches the screen language and remembers it in this browser. */
export function applyLanguage(language: UiLanguage): void {
  storeLanguage(language);
  setDocumentLanguage(language);
  if (currentLanguage() !== language) void i18n.changeLanguage(language);
}

function setDocumentLanguage(language: UiLanguage): void {
  if (typeof document !== 'undefined') document.documentElement.lang = language;
}
