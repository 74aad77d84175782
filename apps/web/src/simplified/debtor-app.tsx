import { ConfigProvider } from 'antd';
import kkKZ from 'antd/es/locale/kk_KZ';
import ruRU from 'antd/es/locale/ru_RU';
import { useEffect } from 'react';
import { useTranslation } from 'react-i18next';
import { antdTheme } from '../theme/antd-theme.ts';
import { DebtorPage } from './debtor-page.tsx';

/**
 * SIMP-3: /s/<token>, the SMS link of a simplified proceeding — the debtor's
 * page alone, no header, menu or session. ISSUE-13 item 12: its own root
 * (main.tsx chooses it by the path), so a phone on a slow connection loads
 * this page's code and not the signed-in application's.
 */
export function DebtorApp({ token }: { token: string }) {
  const { t, i18n } = useTranslation();
  useEffect(() => {
    document.title = t('simp.debtor.documentTitle');
  }, [t, i18n.language]);
  return (
    <ConfigProvider locale={i18n.language === 'ru' ? ruRU : kkKZ} theme={antdTheme}>
      {/* No antd <App>: the page uses no message, notification or modal hooks, and App brings them all. */}
      <DebtorPage token={token} />
    </ConfigProvider>
  );
}
