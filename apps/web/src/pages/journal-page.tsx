import { CheckCircleOutlined, ClockCircleOutlined } from '@ant-design/icons';
import { Button, Card, Space, Table, Tag, Typography } from 'antd';
import type { TableColumnsType } from 'antd';
import { useCallback, useEffect, useRef, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { api } from '../api/api.ts';
import type { ApiError } from '../api/http-client.ts';
import type { JournalEntry } from '../api/types.ts';
import { ErrorAlert } from '../components/error-alert.tsx';
import { journalDetailsText } from '../components/journal-details.ts';
import { actionLabel, journalRoleLabel, objectTypeLabel } from '../components/journal-labels.ts';
import { asApiError } from '../components/use-load.ts';
import { formatDay } from '../format/day.ts';
import { useFormatDateTime, useTimeZone } from '../format/use-date-time.ts';
import { JournalFilters } from './journal-filters.tsx';
import { toJournalQuery } from './journal-query.ts';
import type { JournalFilterValues } from './journal-query.ts';

const pageSize = 50;


/** X-2: the administrators' view of the journal, newest first, paged by `nextBefore`. */
export function JournalPage() {
  const { t } = useTranslation();
  const timeZone = useTimeZone();
  const formatDateTime = useFormatDateTime();
  const [filters, setFilters] = useState<JournalFilterValues>({});
  const [entries, setEntries] = useState<JournalEntry[]>([]);
  const [nextBefore, setNextBefore] = useState<number | null>(null);
  const [loading, setLoading] = useState(true);
  const [error, setError] = useState<ApiError | null>(null);
  // Answers to a superseded request (filters changed meanwhile) are dropped.
  const requestNo = useRef(0);

  const load = useCallback((values: JournalFilterValues, before?: number) => {
    const no = ++requestNo.current;
    setLoading(true);
    setError(null);
    const query = { ...toJournalQuery(values, timeZone), limit: pageSize, ...(before === undefined ? {} : { before }) };
    api.journal(query).then(
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
  }, [timeZone]);

  useEffect(() => load(filters), [load, filters]);

  const columns: TableColumnsType<JournalEntry> = [
    { title: t('journal.column.seq'), dataIndex: 'seq', width: 70 },
    { title: t('journal.column.at'), dataIndex: 'at', width: 170, render: (at: string) => formatDateTime(at) },
    {
      title: t('journal.column.actor'),
      key: 'actor',
      render: (_: unknown, entry) =>
        entry.actorIin === null ? (
          <Typography.Text type="secondary">{t('journal.system')}</Typography.Text>
        ) : (
          <span>
            {entry.actorName ?? ''} <Typography.Text type="secondary">{entry.actorIin}</Typography.Text>
          </span>
        ),
    },
    { title: t('journal.column.role'), dataIndex: 'role', render: (role: string | null) => (role === null ? '' : journalRoleLabel(t, role)) },
    { title: t('journal.column.organisation'), dataIndex: 'organisation', render: (organisation: string | null) => organisation ?? '' },
    { title: t('journal.column.address'), dataIndex: 'address', render: (address: string | null) => address ?? '' },
    { title: t('journal.column.subject'), dataIndex: 'subjectIin', render: (iin: string | null) => iin ?? '' },
    {
      title: t('journal.column.action'),
      dataIndex: 'action',
      render: (action: string) => <span data-action={action}>{actionLabel(t, action)}</span>,
    },
    {
      title: t('journal.column.object'),
      key: 'object',
      render: (_: unknown, entry) => {
        const type = objectTypeLabel(t, entry.objectType);
        return <span data-object-type={entry.objectType}>{entry.objectId === null ? type : `${type} · ${entry.objectId}`}</span>;
      },
    },
    {
      title: t('journal.column.sealed'),
      dataIndex: 'leafIndex',
      render: (leafIndex: number | null) => (leafIndex === null
        ? <Tag icon={<ClockCircleOutlined aria-hidden />} color="processing" data-sealed="false">{t('journal.unsealed')}</Tag>
        : <Tag icon={<CheckCircleOutlined aria-hidden />} color="success" data-sealed="true">{t('journal.sealed', { n: leafIndex })}</Tag>),
    },
    {
      title: t('journal.column.details'),
      dataIndex: 'details',
      render: (details: unknown) => {
        const text = journalDetailsText(t, details, { day: (iso) => formatDay(iso, timeZone), instant: (iso) => formatDateTime(iso) });
        return text === '' ? '' : (
          <Typography.Text className="journal__details" ellipsis={{ tooltip: text }}>{text}</Typography.Text>
        );
      },
    },
  ];

  return (
    <Space orientation="vertical" size="large" className="page">
      <Typography.Title level={1}>{t('journal.title')}</Typography.Title>
      <Card>
        <JournalFilters onApply={(values) => setFilters({ ...values })} />
      </Card>
      {error !== null && <ErrorAlert error={error} />}
      <Table<JournalEntry>
        data-testid="journal-table"
        rowKey="seq"
        size="small"
        columns={columns}
        dataSource={entries}
        loading={loading}
        pagination={false}
        // ISSUE-13 item 6: no sideways scroll that hides the last columns at 1366 px — cells wrap (styles.css .journal-table).
        className="journal-table"
        tableLayout="fixed"
        locale={{ emptyText: t('journal.empty') }}
      />
      {nextBefore !== null && (
        <Button onClick={() => load(filters, nextBefore)} loading={loading}>
          {t('journal.loadMore')}
        </Button>
      )}
    </Space>
  );
}
