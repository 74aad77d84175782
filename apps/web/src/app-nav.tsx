import { AuditOutlined, EditOutlined, HomeOutlined, MailOutlined } from '@ant-design/icons';
import { Menu } from 'antd';
import type { MenuProps } from 'antd';
import { useTranslation } from 'react-i18next';
import { hrefFor } from './router/hash-router.ts';
import type { Route } from './router/hash-router.ts';
import { useSession } from './session/session-context.tsx';

/** Which pages a user may open; the menu and the router both ask this. */
export function canOpen(route: Route, roles: readonly string[], devMode: boolean): boolean {
  switch (route) {
    case 'home':
    case 'notFound':
      return true;
    case 'journal':
      return roles.includes('admin');
    case 'devOutbox':
    case 'devSigning':
      return devMode;
  }
}

export function AppNav({ route }: { route: Route }) {
  const { t } = useTranslation();
  const { user, devMode } = useSession();
  const roles = user?.roles ?? [];
  const items: NonNullable<MenuProps['items']> = [
    { key: 'home', icon: <HomeOutlined />, label: <a href={hrefFor('home')}>{t('nav.home')}</a> },
  ];
  if (canOpen('journal', roles, devMode)) {
    items.push({ key: 'journal', icon: <AuditOutlined />, label: <a href={hrefFor('journal')}>{t('nav.journal')}</a> });
  }
  if (canOpen('devOutbox', roles, devMode)) {
    items.push({ key: 'devOutbox', icon: <MailOutlined />, label: <a href={hrefFor('devOutbox')}>{t('nav.devOutbox')}</a> });
  }
  if (canOpen('devSigning', roles, devMode)) {
    items.push({ key: 'devSigning', icon: <EditOutlined />, label: <a href={hrefFor('devSigning')}>{t('nav.devSigning')}</a> });
  }
  return (
    <nav aria-label={t('header.mainMenu')} className="app-nav">
      <Menu mode="horizontal" selectedKeys={[route]} items={items} className="app-nav__menu" />
    </nav>
  );
}
