import { applyLanguage } from '../i18n/i18n.ts';
import type { UiLanguage } from '../i18n/ui-language.ts';
import { loadEnpTexts } from './enp-texts.ts';

/**
 * KAZ | RUS: the portal's catalog of the chosen language is fetched first,
 * then the app's own switch (remembered in this browser, `lang` on <html>).
 */
export function chooseEnpLanguage(language: UiLanguage): void {
  loadEnpTexts(language).then(() => applyLanguage(language), () => undefined);
}
