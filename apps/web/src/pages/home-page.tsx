import { Badge, Card, Descriptions, Space, Spin, Tag, Typography } from 'antd';
import { useTranslation } from 'react-i18next';
import { api } from '../api/api.ts';
import type { Queue } from '../api/types.ts';
import { ErrorAlert } from '../components/error-alert.tsx';
import { roleLabel } from '../components/role-label.ts';
import { useLoad } from '../components/use-load.ts';
import { isUiLanguage } from '../i18n/ui-language.ts';
import { hrefFor } from '../router/hash-router.ts';
import { useSession } from '../session/session-context.tsx';
import { stateColours } from '../theme/state-colours.ts';

/** Queues that already have a screen of their own link to it. */
const queueLinks: Record<string, string> = {
  'admin.journal': hrefFor('journal'),
  'enforcement.incoming': hrefFor('enforcement', {}, { queue: 'incoming' }),
  'enforcement.notInitiated': hrefFor('enforcement', {}, { queue: 'notInitiated' }),
  'enforcement.inExecution': hrefFor('enforcement', {}, { queue: 'inExecution' }),
  'enforcement.forApproval': hrefFor('enforcementApprovals'),
  // ISSUE-14: the court office's incoming filings and the citizen's «Менің істерім».
  'courts.filingsToRegister': hrefFor('courtOffice'),
  // Issue 16 item 5 (ENP-9): the online ЭНП applications waiting for the office's decision.
  'courts.enpApplications': hrefFor('enpApplications'),
  // FILE-17: the secretary's cases due at the archive.
  'courts.toArchive': hrefFor('courtArchive'),
  // Issue 15 (FILE-14, FILE-15, FILE-16): the judge's acts to sign and marks due, the secretary's writs to sign.
  'courts.actsToSign': hrefFor('courtWork'),
  'courts.legalForceMarks': hrefFor('courtWork'),
  'courts.writsToSign': hrefFor('courtWork'),
  'citizen.myCases': hrefFor('courtsMy'),
  // ISSUE-14 item 8, X-4: the unread notices of the cabinet.
  'citizen.notifications': hrefFor('courtsNotifications'),
  // Issue 17 (LIC-3): the licence applications waiting for the licensing officer's decision.
  'licensing.applications': hrefFor('licensingOffice'),
};

export function HomePage() {
  const { t, i18n } = useTranslation();
  const { user } = useSession();
  const [home] = useLoad(() => api.home(), user?.id ?? '');
  if (user === null) return null;
  const language = isUiLanguage(i18n.language) ? i18n.language : 'kk';

  return (
    <Space orientation="vertical" size="large" className="page">
      <Typography.Title level={1}>{t('home.greeting', { name: user.fullName })}</Typography.Title>
      <Descriptions column={1} bordered size="small">
        <Descriptions.Item label={t('home.organisation')}>
          <span data-testid="organisation">
            {user.organisation === null ? t('home.noOrganisation') : user.organisation.name[language]}
          </span>
        </Descriptions.Item>
        {user.representing !== null && (
          // FILE-3: signed in with a legal entity's certificate — the organisation, its BIN, as whom.
          <Descriptions.Item label={t('cabinet.representing')}>
            <span data-testid="representing">
              {user.representing.organisationName} ({t('cabinet.representingBin')} {user.representing.bin}),{' '}
              {user.representing.firstHead ? t('cabinet.firstHead') : t('cabinet.employee')}
            </span>
          </Descriptions.Item>
        )}
        <Descriptions.Item label={t('home.roles')}>
          <span data-testid="roles">
            {user.roles.map((role) => (
              <Tag key={role}>{roleLabel(t, role)}</Tag>
            ))}
          </span>
        </Descriptions.Item>
      </Descriptions>
      <Card title={t('home.queues')}>
        {home.status === 'loading' && <Spin />}
        {home.status === 'error' && <ErrorAlert error={home.error} />}
        {home.status === 'ok' && <QueueList queues={home.data.queues} upcoming={home.data.upcoming} />}
      </Card>
    </Space>
  );
}

/**
 * ISSUE-13 items 10, 11: every counter is a link to its page; queues whose
 * workspace is not built yet are named as coming, without a count.
 */
function QueueList({ queues, upcoming }: { queues: Queue[]; upcoming: Queue['key'][] }) {
  const { t } = useTranslation();
  const label = (key: string) => t(`queue.${key}`, { defaultValue: key });
  const linked = queues.filter((queue) => queueLinks[queue.key] !== undefined);
  if (linked.length === 0 && upcoming.length === 0) return <Typography.Text type="secondary">{t('home.noQueues')}</Typography.Text>;
  return (
    <Space orientation="vertical" size="middle" className="page">
      {linked.length > 0 && (
        <ul className="queue-list" data-testid="queues">
          {linked.map((queue) => (
            <li key={queue.key} className="queue-list__item" data-queue={queue.key}>
              <a href={queueLinks[queue.key]} data-testid={`queue-link-${queue.key}`}>
                {label(queue.key)} <Badge count={queue.count} showZero overflowCount={9999} color={stateColours.primary} />
              </a>
            </li>
          ))}
        </ul>
      )}
      {upcoming.length > 0 && (
        <div data-testid="queues-upcoming">
          <Typography.Paragraph>{linked.length === 0 ? t('flows.home.idle') : t('flows.home.upcoming')}</Typography.Paragraph>
          <ul>{upcoming.map((key) => <li key={key} data-queue={key}>{label(key)}</li>)}</ul>
          {linked.length === 0 && (
            <Typography.Paragraph>
              {t('flows.home.meanwhile')} <a href={hrefFor('myViews')} data-testid="home-my-views">{t('nav.myViews')}</a>
            </Typography.Paragraph>
          )}
        </div>
      )}
    </Space>
  );
}
