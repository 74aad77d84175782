import { useTranslation } from 'react-i18next';
import { defaultLanguage, isUiLanguage } from './ui-language.ts';
import type { UiLanguage } from './ui-language.ts';

/** The language on screen; re-renders the caller when it changes. */
export function useUiLanguage(): UiLanguage {
  const { i18n } = useTranslation();
  return isUiLanguage(i18n.language) ? i18n.language : defaultLanguage;
}
