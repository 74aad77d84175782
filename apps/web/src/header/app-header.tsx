import { EyeOutlined, LogoutOutlined, UserOutlined } from '@ant-design/icons';
import { App, Button } from 'antd';
import { useTranslation } from 'react-i18next';
import { hrefFor } from '../router/hash-router.ts';
import { useSession } from '../session/session-context.tsx';
import { FlagEmblem } from './flag-emblem.tsx';
import { LanguageSwitch } from './language-switch.tsx';
import { ScalesOfJustice } from './scales-of-justice.tsx';
import { SkipLink } from './skip-link.tsx';

// The header asked for in seed 002 (ENP-3): sky-blue field in the state
// colours, the flag, a symbol of justice, the product name.
export function AppHeader() {
  const { t } = useTranslation();
  const { user, signOut } = useSession();
  const { message } = App.useApp();

  const onSignOut = () => {
    signOut().catch((error: unknown) => {
      if (error instanceof Error) void message.error(error.message);
    });
  };

  return (
    <header className="app-header">
      <SkipLink />
      <div className="app-header__inner">
        <a className="brand" href={hrefFor('home')}>
          <FlagEmblem label={t('header.flagLabel')} />
          <ScalesOfJustice label={t('header.scalesLabel')} />
          <span className="brand__text">
            <span className="brand__name">{t('app.name')}</span>
            <span className="brand__subtitle">{t('app.subtitle')}</span>
          </span>
        </a>
        <div className="app-header__tools">
          <LanguageSwitch />
          {user !== null && (
            <>
              <span className="app-header__user" data-testid="current-user">
                <UserOutlined aria-hidden /> {user.fullName}
              </span>
              {/* ENP-11: who read or changed my data. From "/" so it also leads there from /verify/<id>. */}
              <Button size="small" icon={<EyeOutlined aria-hidden />} href={`/${hrefFor('myViews')}`} data-testid="my-views-link">
                {t('nav.myViews')}
              </Button>
              <Button size="small" icon={<LogoutOutlined aria-hidden />} onClick={onSignOut}>
                {t('header.signOut')}
              </Button>
            </>
          )}
        </div>
      </div>
    </header>
  );
}
