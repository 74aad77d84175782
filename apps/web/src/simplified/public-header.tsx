import { Button } from 'antd';
import { useTranslation } from 'react-i18next';
import { FlagEmblem } from '../header/flag-emblem.tsx';
import { applyLanguage } from '../i18n/i18n.ts';
import { uiLanguages } from '../i18n/ui-language.ts';

/**
 * The debtor's page header: the state colours, the product's name and the
 * kk/ru switch — no link into the signed-in system, no menu. The switch is
 * the app's own language mechanism (remembered in this browser); there is no
 * user to save it for.
 */
export function PublicHeader() {
  const { t, i18n } = useTranslation();
  return (
    <header className="app-header">
      <div className="simp-header__inner">
        <span className="brand">
          <FlagEmblem label={t('header.flagLabel')} height={32} />
          <span className="brand__text">
            <span className="brand__name">{t('app.name')}</span>
          </span>
        </span>
        <div role="group" aria-label={t('header.language')} className="language-switch">
          {uiLanguages.map((language) => {
            const active = i18n.language === language;
            return (
              <Button
                key={language}
                lang={language}
                className="simp-language"
                type={active ? 'primary' : 'default'}
                aria-pressed={active}
                onClick={() => applyLanguage(language)}
              >
                {i18n.getFixedT(language)('language.selfName')}
              </Button>
            );
          })}
        </div>
      </div>
    </header>
  );
}
