import i18next from 'i18next';
import { initReactI18next } from 'react-i18next';
import type { Catalog } from './catalog.ts';
import { languageSelfNames } from './language-names.ts';
import { defaultLanguage, isUiLanguage, readStoredLanguage, storeLanguage, uiLanguages } from './ui-language.ts';
import type { UiLanguage } from './ui-language.ts';

export const i18n = i18next.createInstance();

/**
 * ISSUE-13 item 12: each language's catalog is its own chunk. The first
 * screen loads only the language it shows; the other is fetched when the
 * reader switches to it (or a signed-in profile asks for it).
 */
const catalogLoaders: Record<UiLanguage, () => Promise<Catalog>> = {
  kk: () => import('./kk.ts').then((m) => m.kk),
  ru: () => import('./ru.ts').then((m) => m.ru),
};
const loaded = new Map<UiLanguage, Promise<void>>();

/** Fetches a language's catalog once and adds it to i18next; resolves when `t()` can use it. */
export function loadLanguage(language: UiLanguage, fetching?: Promise<Catalog>): Promise<void> {
  let loading = loaded.get(language);
  if (loading === undefined) {
    loading = (fetching ?? catalogLoaders[language]()).then((catalog) => {
      i18n.addResourceBundle(language, 'translation', catalog, true, true);
    });
    // A failed fetch (offline) may be retried by the next switch.
    loading.catch(() => loaded.delete(language));
    loaded.set(language, loading);
  }
  return loading;
}

/** The language the first screen shows: this browser's last choice, else Kazakh. */
export function initialLanguage(): UiLanguage {
  return readStoredLanguage() ?? defaultLanguage;
}

/**
 * Starts i18next with the first screen's catalog; resolves when it is in
 * place, so the first render already speaks the language (no keys flash).
 */
export async function initI18n(language: UiLanguage = initialLanguage()): Promise<typeof i18n> {
  // Fetched while i18next starts; added once it has started.
  const fetching = catalogLoaders[language]();
  await i18n.use(initReactI18next).init({
    resources: {},
    lng: language,
    fallbackLng: false,
    supportedLngs: [...uiLanguages],
    interpolation: { escapeValue: false }, // React escapes already
    returnNull: false,
    initAsync: false,
  });
  // The switch names every language in itself, loaded or not.
  for (const other of uiLanguages) i18n.addResource(other, 'translation', 'language.selfName', languageSelfNames[other]);
  await loadLanguage(language, fetching);
  setDocumentLanguage(language);
  return i18n;
}

export function currentLanguage(): UiLanguage {
  const lng = i18n.resolvedLanguage ?? i18n.language;
  return isUiLanguage(lng) ? lng : defaultLanguage;
}

let requested: UiLanguage | null = null;

/**
 * Switches the screen language and remembers it in this browser. The
 * screen changes once the language's catalog is loaded; of several quick
 * switches the last one wins.
 */
export function applyLanguage(language: UiLanguage): void {
  storeLanguage(language);
  requested = language;
  loadLanguage(language).then(
    () => {
      if (requested !== language) return;
      setDocumentLanguage(language);
      if (currentLanguage() !== language) void i18n.changeLanguage(language);
    },
    // Offline: the screen stays in the language it speaks; the next switch tries again.
    () => undefined,
  );
}

function setDocumentLanguage(language: UiLanguage): void {
  if (typeof document !== 'undefined') document.documentElement.lang = language;
}
