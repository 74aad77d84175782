export const uiLanguages = ['kk', 'ru'] as const;
export type UiLanguage = (typeof uiLanguages)[number];

/** Kazakh is the state language and the default (docs/api.md "Language"). */
export const defaultLanguage: UiLanguage = 'kk';
export const languageStorageKey = 'oryndau.language';

export function isUiLanguage(value: unknown): value is UiLanguage {
  return value === 'kk' || value === 'ru';
}

/** The BCP 47 tag used for Intl formatting. */
export function intlLocale(language: UiLanguage): string {
  return language === 'kk' ? 'kk-KZ' : 'ru-RU';
}

type ReadableStorage = Pick<Storage, 'getItem'>;
type WritableStorage = Pick<Storage, 'setItem'>;

function browserStorage(): Storage | undefined {
  try {
    return typeof localStorage === 'undefined' ? undefined : localStorage;
  } catch {
    // Storage can be disabled (privacy settings); the choice then lasts the tab.
    return undefined;
  }
}

export function readStoredLanguage(storage: ReadableStorage | undefined = browserStorage()): UiLanguage | null {
  try {
    const value = storage?.getItem(languageStorageKey);
    return isUiLanguage(value) ? value : null;
  } catch {
    return null;
  }
}

export function storeLanguage(language: UiLanguage, storage: WritableStorage | undefined = browserStorage()): void {
  try {
    storage?.setItem(languageStorageKey, language);
  } catch {
    // Quota or privacy mode: not worth bothering the user about.
  }
}
