import { App, Button } from 'antd';
import { useTranslation } from 'react-i18next';
import { uiLanguages } from '../i18n/ui-language.ts';
import type { UiLanguage } from '../i18n/ui-language.ts';
import { useSession } from '../session/session-context.tsx';

/** kk/ru switch. Each button names its language in that language. */
export function LanguageSwitch() {
  const { t, i18n } = useTranslation();
  const { switchLanguage } = useSession();
  const { message } = App.useApp();

  const choose = (language: UiLanguage) => {
    switchLanguage(language).catch((error: unknown) => {
      const text = error instanceof Error ? error.message : '';
      void message.error(`${t('language.saveFailed')}: ${text}`);
    });
  };

  return (
    <div role="group" aria-label={t('header.language')} className="language-switch">
      {uiLanguages.map((language) => {
        const active = i18n.language === language;
        return (
          <Button
            key={language}
            lang={language}
            size="small"
            type={active ? 'primary' : 'default'}
            aria-pressed={active}
            onClick={() => choose(language)}
          >
            {i18n.getFixedT(language)('language.selfName')}
          </Button>
        );
      })}
    </div>
  );
}
