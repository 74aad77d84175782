import { useCallback } from 'react';
import { useTranslation } from 'react-i18next';
import { isUiLanguage } from '../i18n/ui-language.ts';
import { useSessionIfAny } from '../session/session-context.tsx';
import { defaultTimeZone, formatDateTime } from './date-time.ts';

/** The zone dates are shown in: the user's organisation's, else Almaty (also where no session provider is, e.g. the ЭНП portal). */
export function useTimeZone(): string {
  return useSessionIfAny()?.user?.organisation?.timeZone ?? defaultTimeZone;
}

/** Formats instants in the user's zone and the language on screen. */
export function useFormatDateTime(): (iso: string | null) => string {
  const { i18n } = useTranslation();
  const timeZone = useTimeZone();
  const language = isUiLanguage(i18n.language) ? i18n.language : 'kk';
  return useCallback((iso) => (iso === null ? '—' : formatDateTime(iso, language, timeZone)), [language, timeZone]);
}
