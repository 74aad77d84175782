import { useTranslation } from 'react-i18next';
import { FlagEmblem } from '../header/flag-emblem.tsx';
import { LanguageButtons } from '../header/language-buttons.tsx';
import { SkipLink } from '../header/skip-link.tsx';
import { applyLanguage } from '../i18n/i18n.ts';

/**
 * The debtor's page header: the state colours, the product's name and the
 * kk/ru switch — no link into the signed-in system, no menu. The switch is
 * the app's own language mechanism (remembered in this browser); there is no
 * user to save it for.
 */
export function PublicHeader() {
  const { t } = useTranslation();
  return (
    <header className="app-header">
      <SkipLink />
      <div className="simp-header__inner">
        <span className="brand">
          <FlagEmblem label={t('header.flagLabel')} height={32} />
          <span className="brand__text">
            <span className="brand__name">{t('app.name')}</span>
          </span>
        </span>
        <LanguageButtons onChoose={applyLanguage} className="simp-language" />
      </div>
    </header>
  );
}
