import { App } from 'antd';
import { useTranslation } from 'react-i18next';
import type { UiLanguage } from '../i18n/ui-language.ts';
import { useSession } from '../session/session-context.tsx';
import { LanguageButtons } from './language-buttons.tsx';

// LanguageButtons lives in its own module so the debtor's page (public-header.tsx)
// does not load the session and antd's App with it (ISSUE-13 item 12).
export { LanguageButtons };


/** kk/ru switch of the signed-in app: the choice is saved for the user. */
export function LanguageSwitch() {
  const { t } = useTranslation();
  const { switchLanguage } = useSession();
  const { message } = App.useApp();

  const choose = (language: UiLanguage) => {
    switchLanguage(language).catch((error: unknown) => {
      const text = error instanceof Error ? error.message : '';
      void message.error(`${t('language.saveFailed')}: ${text}`);
    });
  };

  return <LanguageButtons onChoose={choose} size="small" />;
}
