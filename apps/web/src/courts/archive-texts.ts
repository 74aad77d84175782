import { useTranslation } from 'react-i18next';
import { i18n } from '../i18n/i18n.ts';
import { kkArchive } from '../i18n/kk-archive.ts';
import { ruArchive } from '../i18n/ru-archive.ts';

/**
 * FILE-17: the archive's screen texts travel with its (lazy) screens, not in
 * the first-render catalogs: the debtor's and the sign-in page stay within
 * their budget (ISSUE-13 item 12). Added to i18next once, in both
 * languages, when this module loads; `ru-archive.ts` is typed as the kk
 * shape, and `ArchiveKey` makes every key a screen asks for one that exists.
 */
i18n.addResourceBundle('kk', 'translation', { archive: kkArchive }, true, false);
i18n.addResourceBundle('ru', 'translation', { archive: ruArchive }, true, false);

export type ArchiveKey = keyof typeof kkArchive;

export function useArchiveText(): (key: ArchiveKey, values?: Record<string, string | number>) => string {
  const { t } = useTranslation();
  return (key, values) => t(`archive.${key}`, values ?? {});
}
