import { useTranslation } from 'react-i18next';
import { i18n } from '../i18n/i18n.ts';
import { kkEnpApplications } from '../i18n/kk-enp-applications.ts';
import { ruEnpApplications } from '../i18n/ru-enp-applications.ts';

/**
 * Issue 16 item 5 (ENP-9): the applications queue's texts travel with its
 * lazy chunk, not in the first-render catalogs (the debtor page's bundle
 * budget). Added to i18next once, in both languages, when this module loads.
 */
i18n.addResourceBundle('kk', 'translation', { enpApplications: kkEnpApplications }, true, false);
i18n.addResourceBundle('ru', 'translation', { enpApplications: ruEnpApplications }, true, false);

export type EnpApplicationsKey = keyof typeof kkEnpApplications;

export function useEnpApplicationsText(): (key: EnpApplicationsKey, values?: Record<string, string | number>) => string {
  const { t } = useTranslation();
  return (key, values) => t(`enpApplications.${key}`, values ?? {});
}
