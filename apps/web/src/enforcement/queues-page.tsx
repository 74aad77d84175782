import { FileAddOutlined, ReloadOutlined } from '@ant-design/icons';
import { Badge, Button, Card, Empty, Space, Spin, Tabs, Tag, Typography } from 'antd';
import { useMemo } from 'react';
import { useTranslation } from 'react-i18next';
import { enforcementApi } from '../api/enforcement-api.ts';
import type { ListQueue, QueueCount, QueueName } from '../api/enforcement-types.ts';
import { canOpen } from '../app-nav.tsx';
import { ErrorAlert } from '../components/error-alert.tsx';
import { useLoad } from '../components/use-load.ts';
import { hrefFor, navigate, replaceLocation, useLocation } from '../router/hash-router.ts';
import { useSession } from '../session/session-context.tsx';
import { stateColours } from '../theme/state-colours.ts';
import { ProceedingsFilters } from './proceedings-filters.tsx';
import { filtersToQuery, readFilters } from './proceedings-query.ts';
import type { ListFilters } from './proceedings-query.ts';
import { ProceedingsTable } from './proceedings-table.tsx';
import { useProceedingList } from './use-proceeding-list.ts';
import { useReference } from './use-reference.ts';

/** ENF-2: the bailiff's work queues («Входящие», «Не возбужденные», «На исполнении» …) with filters. */
export function QueuesPage() {
  const { t } = useTranslation();
  const { user, devMode } = useSession();
  const location = useLocation();
  const filters = useMemo(() => readFilters(location.query), [location.query]);
  const [queues, reloadQueues] = useLoad(() => enforcementApi.queues(), user?.id ?? '');
  const [reference] = useReference();
  const available = queues.status === 'ok' ? queues.data.queues : [];
  const listed = available.filter((q): q is QueueCount & { key: ListQueue } => q.key !== 'forApproval');
  const active: ListQueue | null = listed.find((q) => q.key === filters.queue)?.key ?? listed[0]?.key ?? null;
  const list = useProceedingList(active, filters);

  const apply = (next: ListFilters) => replaceLocation('enforcement', {}, filtersToQuery(next));
  const openQueue = (key: string) => {
    // «Входящие/Уведомления» of a senior is a list of acts, not of proceedings: its own page.
    if (key === 'forApproval') navigate('enforcementApprovals');
    else navigate('enforcement', {}, filtersToQuery({ ...filters, status: undefined, queue: key as QueueName }));
  };
  const refresh = () => {
    reloadQueues();
    list.reload();
  };

  return (
    <Space orientation="vertical" size="middle" className="page">
      <div className="page-heading">
        <Typography.Title level={1}>{t('enf.list.title')}</Typography.Title>
        <Space wrap>
          <Button icon={<ReloadOutlined />} onClick={refresh} data-testid="queues-refresh">{t('enf.refresh')}</Button>
          {user !== null && canOpen('enforcementNew', user.roles, devMode) && (
            <Button type="primary" icon={<FileAddOutlined />} href={hrefFor('enforcementNew')} data-testid="new-document">
              {t('enf.nav.new')}
            </Button>
          )}
        </Space>
      </div>
      {queues.status === 'loading' && <Spin />}
      {queues.status === 'error' && <ErrorAlert error={queues.error} />}
      {queues.status === 'ok' && available.length === 0 && <Empty description={t('enf.list.noQueues')} />}
      {available.length > 0 && (
        <Tabs
          activeKey={active ?? undefined}
          onChange={openQueue}
          className="queue-tabs"
          items={available.map((queue) => ({ key: queue.key, label: <QueueLabel queue={queue} /> }))}
        />
      )}
      {active !== null && (
        <>
          <Card size="small">
            <ProceedingsFilters key={JSON.stringify(filters)} filters={filters}
              reference={reference.status === 'ok' ? reference.data : null} onApply={apply} />
          </Card>
          {list.error !== null && <ErrorAlert error={list.error} />}
          <ProceedingsTable items={list.items} loading={list.loading} sort={filters.sort}
            onSort={(sort) => apply({ ...filters, sort })} />
          {list.nextCursor !== null && (
            <Button onClick={list.loadMore} loading={list.loading} data-testid="load-more" className="load-more">
              {t('enf.list.loadMore')}
            </Button>
          )}
        </>
      )}
    </Space>
  );
}

function QueueLabel({ queue }: { queue: QueueCount }) {
  const { t } = useTranslation();
  return (
    <span data-testid={`queue-tab-${queue.key}`} className="queue-tab">
      {t(`enf.queue.${queue.key}`)}
      <Badge count={queue.count} showZero overflowCount={9999} color={stateColours.primary} />
      {queue.overdue > 0 && (
        <Tag color="red" className="queue-tab__overdue" data-testid={`queue-overdue-${queue.key}`}>
          {t('enf.list.overdueCount', { n: queue.overdue })}
        </Tag>
      )}
    </span>
  );
}
