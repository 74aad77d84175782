import { Button, Space, Table, Typography } from 'antd';
import type { TableColumnsType } from 'antd';
import { useCallback, useEffect, useRef, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { api } from '../api/api.ts';
import type { ApiError } from '../api/http-client.ts';
import type { MyView } from '../api/types.ts';
import { ErrorAlert } from '../components/error-alert.tsx';
import { actionLabel, journalRoleLabel, objectTypeLabel } from '../components/journal-labels.ts';
import { asApiError } from '../components/use-load.ts';
import { useFormatDateTime } from '../format/use-date-time.ts';

const pageSize = 50;

/**
 * ENP-11, X-2: any signed-in person sees who read or changed their data —
 * when, who (in which role, for which organisation), what was done, to what —
 * newest first, paged by `nextBefore`. The entries come from the journal.
 */
export function MyViewsPage() {
  const { t } = useTranslation();
  const formatDateTime = useFormatDateTime();
  const [entries, setEntries] = useState<MyView[]>([]);
  const [nextBefore, setNextBefore] = useState<number | null>(null);
  const [loading, setLoading] = useState(true);
  const [error, setError] = useState<ApiError | null>(null);
  const requestNo = useRef(0);

  const load = useCallback((before?: number) => {
    const no = ++requestNo.current;
    setLoading(true);
    setError(null);
    api.myViews({ limit: pageSize, ...(before === undefined ? {} : { before }) }).then(
      (page) => {
        if (no !== requestNo.current) return;
        setEntries((prev) => (before === undefined ? page.entries : [...prev, ...page.entries]));
        setNextBefore(page.nextBefore);
        setLoading(false);
      },
      (caught: unknown) => {
        if (no !== requestNo.current) return;
        setError(asApiError(caught));
        setLoading(false);
      },
    );
  }, []);

  useEffect(() => load(), [load]);

  const who = (entry: MyView): string => {
    const parts = [entry.role === null ? '' : journalRoleLabel(t, entry.role), entry.organisation ?? ''].filter((part) => part !== '');
    return parts.length === 0 ? t('myViews.notStated') : parts.join(', ');
  };

  const columns: TableColumnsType<MyView> = [
    { title: t('myViews.column.at'), dataIndex: 'at', width: 180, render: (at: string) => formatDateTime(at) },
    { title: t('myViews.column.who'), key: 'who', render: (_: unknown, entry) => who(entry) },
    {
      title: t('myViews.column.action'),
      dataIndex: 'action',
      render: (action: string) => <span data-action={action}>{actionLabel(t, action)}</span>,
    },
    { title: t('myViews.column.object'), dataIndex: 'objectType', render: (objectType: string) => objectTypeLabel(t, objectType) },
  ];

  return (
    <Space orientation="vertical" size="large" className="page">
      <Typography.Title level={1}>{t('myViews.title')}</Typography.Title>
      <Typography.Paragraph>{t('myViews.intro')}</Typography.Paragraph>
      {error !== null && <ErrorAlert error={error} />}
      <Table<MyView>
        data-testid="my-views-table"
        rowKey="seq"
        size="small"
        columns={columns}
        dataSource={entries}
        loading={loading}
        pagination={false}
        scroll={{ x: 'max-content' }}
        locale={{ emptyText: t('myViews.empty') }}
      />
      {nextBefore !== null && (
        <Button onClick={() => load(nextBefore)} loading={loading}>
          {t('myViews.loadMore')}
        </Button>
      )}
    </Space>
  );
}
