import type { MouseEvent } from 'react';
import { useTranslation } from 'react-i18next';

/**
 * ISSUE-13 item 13 (WCAG 2.4.1): the first thing a keyboard reaches, shown when
 * focused, moves focus to the page's <main>. It cannot be a plain `#main`
 * link: the hash is the router's, so it focuses the landmark by script.
 */
export function SkipLink() {
  const { t } = useTranslation();
  const onClick = (event: MouseEvent<HTMLAnchorElement>) => {
    const main = document.querySelector('main');
    if (main === null) return;
    event.preventDefault();
    if (!main.hasAttribute('tabindex')) main.setAttribute('tabindex', '-1');
    main.focus();
    main.scrollIntoView({ block: 'start' });
  };
  return (
    <a className="skip-link" href="#main-content" onClick={onClick} data-testid="skip-link">
      {t('a11y.skipToContent')}
    </a>
  );
}
