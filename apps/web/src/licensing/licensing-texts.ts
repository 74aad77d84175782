import { useTranslation } from 'react-i18next';
import { i18n } from '../i18n/i18n.ts';
import { kkLicensing } from '../i18n/kk-licensing.ts';
import { ruLicensing } from '../i18n/ru-licensing.ts';

/**
 * Issue 17: the licensing pages' texts travel with their lazy chunks, not in
 * the first-render catalogs (the bundle budget). Added to i18next once, in
 * both languages, when this module loads.
 */
i18n.addResourceBundle('kk', 'translation', { licensing: kkLicensing }, true, false);
i18n.addResourceBundle('ru', 'translation', { licensing: ruLicensing }, true, false);

export type LicensingKey = keyof typeof kkLicensing;

export function useLicensingText(): (key: LicensingKey, values?: Record<string, string | number>) => string {
  const { t } = useTranslation();
  return (key, values) => t(`licensing.${key}`, values ?? {});
}
