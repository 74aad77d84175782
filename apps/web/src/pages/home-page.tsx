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
        {home.status === 'ok' && <QueueList queues={home.data.queues} />}
      </Card>
    </Space>
  );
}

function QueueList({ queues }: { queues: Queue[] }) {
  const { t } = useTranslation();
  if (queues.length === 0) return <Typography.Text type="secondary">{t('home.noQueues')}</Typography.Text>;
  return (
    <ul className="queue-list" data-testid="queues">
      {queues.map((queue) => {
        // Unknown keys fall back to the key itself rather than an empty label.
        const label = t(`queue.${queue.key}`, { defaultValue: queue.key });
        const link = queueLinks[queue.key];
        return (
          <li key={queue.key} className="queue-list__item" data-queue={queue.key}>
            {link === undefined ? <span>{label}</span> : <a href={link}>{label}</a>}
            <Badge count={queue.count} showZero overflowCount={9999} color={stateColours.primary} />
          </li>
        );
      })}
    </ul>
  );
}
