import { ClockCircleOutlined } from '@ant-design/icons';
import { Table, Tooltip, Typography } from 'antd';
import type { TableColumnsType, TableProps } from 'antd';
import type { HTMLAttributes } from 'react';
import { useTranslation } from 'react-i18next';
import type { ProceedingSummary, SortOrder } from '../api/enforcement-types.ts';
import { formatDay } from '../format/day.ts';
import { formatTiyn } from '../format/money.ts';
import { useTimeZone } from '../format/use-date-time.ts';
import { useUiLanguage } from '../i18n/use-ui-language.ts';
import { hrefFor, navigate } from '../router/hash-router.ts';
import { useSession } from '../session/session-context.tsx';
import { OverdueTag, StatusTag } from './status-tags.tsx';

type Props = {
  items: ProceedingSummary[];
  loading: boolean;
  sort: SortOrder;
  onSort: (sort: SortOrder) => void;
};

/** ENF-2: the queue as a table; a row opens the card, the number is also a real link for keyboard and new tabs. */
export function ProceedingsTable({ items, loading, sort, onSort }: Props) {
  const { t } = useTranslation();
  const language = useUiLanguage();
  const timeZone = useTimeZone();
  const { user } = useSession();
  // A bailiff's own queue would repeat their name on every row; show the column only when it tells something.
  const showBailiff = items.some((row) => row.bailiff?.id !== user?.id);

  const columns: TableColumnsType<ProceedingSummary> = [
    {
      title: t('enf.list.number'),
      dataIndex: 'registrationNumber',
      render: (number: string, row) => (
        <span className="nowrap">
          <a href={hrefFor('enforcementCard', { id: row.id })} onClick={(e) => e.stopPropagation()}>{number}</a>
          {row.awaitingApproval > 0 && (
            <Tooltip title={t('enf.list.awaitingApproval', { n: row.awaitingApproval })}>
              <ClockCircleOutlined className="proceeding-row__waiting" aria-label={t('enf.list.awaitingApproval', { n: row.awaitingApproval })} />
            </Tooltip>
          )}
        </span>
      ),
    },
    {
      title: t('enf.list.registeredAt'),
      dataIndex: 'registeredAt',
      key: 'registeredAt',
      sorter: true,
      sortDirections: ['descend', 'ascend', 'descend'],
      sortOrder: sort === 'registeredAt' ? 'ascend' : 'descend',
      render: (at: string) => <span className="nowrap">{formatDay(at, timeZone)}</span>,
    },
    {
      title: t('enf.list.debtor'),
      key: 'debtor',
      render: (_: unknown, row) => (
        <div className="proceeding-row__debtor">
          <span>{row.debtor.name}</span>
          <Typography.Text type="secondary" className="mono">{row.debtor.identifier}</Typography.Text>
        </div>
      ),
    },
    { title: t('enf.list.category'), key: 'category', render: (_: unknown, row) => <span className="cell-clamp">{row.category.name[language]}</span> },
    {
      title: t('enf.list.amount'),
      dataIndex: 'amountTiyn',
      align: 'right',
      render: (tiyn: string) => <span className="nowrap amount">{formatTiyn(tiyn)}</span>,
    },
    { title: t('enf.list.status'), dataIndex: 'status', render: (status: ProceedingSummary['status']) => <StatusTag status={status} /> },
    ...(showBailiff ? [{
      title: t('enf.list.bailiff'),
      key: 'bailiff',
      render: (_: unknown, row: ProceedingSummary) => <span className="cell-clamp">{row.bailiff?.fullName ?? t('enf.notAssigned')}</span>,
    }] : []),
    {
      title: t('enf.list.nextDue'),
      key: 'nextDue',
      render: (_: unknown, row) => (
        <span className="nowrap">
          {formatDay(row.nextDueDate, timeZone)} {row.overdue && <OverdueTag />}
        </span>
      ),
    },
  ];

  const onChange: TableProps<ProceedingSummary>['onChange'] = (_pagination, _filters, sorter) => {
    const one = Array.isArray(sorter) ? sorter[0] : sorter;
    onSort(one?.order === 'ascend' ? 'registeredAt' : '-registeredAt');
  };

  return (
    <Table<ProceedingSummary>
      data-testid="proceedings-table"
      rowKey="id"
      size="small"
      columns={columns}
      dataSource={items}
      loading={loading}
      pagination={false}
      scroll={{ x: 'max-content' }}
      onChange={onChange}
      locale={{ emptyText: t('enf.list.empty') }}
      rowClassName={(row) => (row.overdue ? 'proceeding-row proceeding-row--overdue' : 'proceeding-row')}
      onRow={(row) => ({
        onClick: () => navigate('enforcementCard', { id: row.id }),
        'data-testid': `proceeding-row-${row.registrationNumber}`,
      } as HTMLAttributes<HTMLElement>)}
    />
  );
}
