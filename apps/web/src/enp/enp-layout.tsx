import type { MouseEvent, ReactNode } from 'react';
import { useTranslation } from 'react-i18next';
import type { UiLanguage } from '../i18n/ui-language.ts';
import { chooseEnpLanguage } from './enp-language.ts';
import { EnpLink } from './enp-link.tsx';
import type { EnpView } from './enp-path.ts';
import { EnpFlag, EnpScales } from './enp-symbols.tsx';
import { useEnpTexts } from './enp-texts.ts';

// The portal's public layout (issue 16 item 2, ENP-3; seed 002 «Новый дизайн
// Внешнего Портала СО РК»): KAZ | RUS above a light-blue header with the flag
// and the scales, the portal's name, the menu, the page, the banner strip,
// and the contact centre at the foot. Not the staff shell: no session, no
// antd layout — plain landmarks a screen reader and a keyboard walk easily.

const MENU: readonly Exclude<EnpView, 'case' | 'apply'>[] = ['search', 'law', 'samples', 'about', 'courts'];
export const CONTACT_PHONE = '1401';
export const CONTACT_EMAIL = 'it@supcourt.kz';

function focusMain(event: MouseEvent<HTMLAnchorElement>) {
  const main = document.getElementById('enp-main');
  if (main === null) return;
  event.preventDefault();
  main.focus();
  main.scrollIntoView({ block: 'start' });
}

function LanguageSwitch() {
  const { texts, language } = useEnpTexts();
  const option = (code: UiLanguage, label: string) => (
    <button type="button" lang={code} className="enp-lang__option" aria-pressed={language === code}
      onClick={() => chooseEnpLanguage(code)}>
      {label}
    </button>
  );
  return (
    <div role="group" aria-label={texts.languageGroup} className="enp-lang">
      {option('kk', 'KAZ')}
      <span aria-hidden="true" className="enp-lang__bar">|</span>
      {option('ru', 'RUS')}
    </div>
  );
}

export function EnpLayout({ view, go, children }: { view: EnpView; go: (view: EnpView) => void; children: ReactNode }) {
  const { texts } = useEnpTexts();
  // The app's own skip-link text and test id (ISSUE-13 item 13), so the project's keyboard check applies here too.
  const { t } = useTranslation();
  return (
    <div className="enp">
      <a className="enp-skip" href="#enp-main" onClick={focusMain} data-testid="skip-link">{t('a11y.skipToContent')}</a>
      <header className="enp-header">
        <div className="enp-header__top"><LanguageSwitch /></div>
        <div className="enp-header__brand">
          <EnpFlag label={texts.flag} />
          <EnpScales label={texts.scales} />
          <div className="enp-header__names">
            <span className="enp-header__court">{texts.court}</span>
            <span className="enp-header__title">{texts.title}</span>
          </div>
        </div>
        <nav aria-label={texts.menuLabel} className="enp-menu">
          <ul>
            {MENU.map((item) => (
              <li key={item}>
                <EnpLink view={item} go={go} current={view === item || (item === 'search' && (view === 'case' || view === 'apply'))}>{texts.menu[item]}</EnpLink>
              </li>
            ))}
          </ul>
        </nav>
      </header>
      <main id="enp-main" tabIndex={-1} className="enp-main">{children}</main>
      <aside aria-label={texts.bannersLabel} className="enp-banners">
        <ul>
          {texts.banners.map((banner) => (
            <li key={banner.href}>
              <a href={banner.href} target="_blank" rel="noopener noreferrer">
                {banner.title} <span className="enp-visually-hidden">{texts.newWindow}</span>
              </a>
            </li>
          ))}
        </ul>
      </aside>
      <footer className="enp-footer">
        <p>
          {texts.footer.before} <a href={`tel:${CONTACT_PHONE}`} className="enp-footer__phone">{CONTACT_PHONE}</a> {texts.footer.between}{' '}
          <a href={`mailto:${CONTACT_EMAIL}`}>{CONTACT_EMAIL}</a>
        </p>
      </footer>
    </div>
  );
}
