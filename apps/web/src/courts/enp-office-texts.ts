import { useTranslation } from 'react-i18next';
import { i18n } from '../i18n/i18n.ts';
import { kkEnpOffice } from '../i18n/kk-enp-office.ts';
import { ruEnpOffice } from '../i18n/ru-enp-office.ts';

/**
 * Issue 16 (ЭНП): the office section's texts travel with its lazy chunk, not
 * in the first-render catalogs (the debtor page's bundle budget). Added to
 * i18next once, in both languages, when this module loads.
 */
i18n.addResourceBundle('kk', 'translation', { enpOffice: kkEnpOffice }, true, false);
i18n.addResourceBundle('ru', 'translation', { enpOffice: ruEnpOffice }, true, false);

export type EnpOfficeKey = keyof typeof kkEnpOffice;

export function useEnpOfficeText(): (key: EnpOfficeKey, values?: Record<string, string | number>) => string {
  const { t } = useTranslation();
  return (key, values) => t(`enpOffice.${key}`, values ?? {});
}
