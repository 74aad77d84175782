import { useTranslation } from 'react-i18next';
import type { UiLanguage } from '../i18n/ui-language.ts';
import { isUiLanguage } from '../i18n/ui-language.ts';
import type { EnpCatalog } from './enp-catalog.ts';

// Issue 16 item 2 (ENP-3): the portal's texts are their own catalog, one
// chunk per language, loaded only on /enp — the app's first catalog
// (i18n/kk.ts, ru.ts) is shared with the debtor's page, whose budget is full.
// Typed, so a key missing in one language does not compile.

const loaders: Record<UiLanguage, () => Promise<EnpCatalog>> = {
  kk: () => import('./enp-kk.ts').then((m) => m.enpKk),
  ru: () => import('./enp-ru.ts').then((m) => m.enpRu),
};
const loaded = new Map<UiLanguage, EnpCatalog>();
const loading = new Map<UiLanguage, Promise<EnpCatalog>>();

/** Fetches a language's portal catalog once. */
export function loadEnpTexts(language: UiLanguage): Promise<EnpCatalog> {
  let promise = loading.get(language);
  if (promise === undefined) {
    promise = loaders[language]().then((catalog) => {
      loaded.set(language, catalog);
      return catalog;
    });
    // Offline: the next switch may try again.
    promise.catch(() => loading.delete(language));
    loading.set(language, promise);
  }
  return promise;
}

/** For tests and server-less rendering: a catalog given directly. */
export function provideEnpTexts(language: UiLanguage, catalog: EnpCatalog): void {
  loaded.set(language, catalog);
  loading.set(language, Promise.resolve(catalog));
}

/** The portal's texts in the language on screen (re-renders when it changes). */
export function useEnpTexts(): { texts: EnpCatalog; language: UiLanguage } {
  const { i18n } = useTranslation();
  const language: UiLanguage = isUiLanguage(i18n.language) ? i18n.language : 'kk';
  // The language is switched only once its catalog is in (enp-language.ts), so one is always there.
  const texts = loaded.get(language) ?? loaded.get('kk') ?? loaded.get('ru');
  if (texts === undefined) throw new Error('the ЭНП catalog was not loaded before the first render');
  return { texts, language };
}
