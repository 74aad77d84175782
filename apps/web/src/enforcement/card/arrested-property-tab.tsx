import { Table, Tag } from 'antd';
import type { TableColumnsType } from 'antd';
import { useTranslation } from 'react-i18next';
import type { ArrestedItem } from '../../api/enforcement-types.ts';
import { formatTiyn } from '../../format/money.ts';

/** ENF-10 «Арестованное имущество»; also the rows under one arrest in «Аресты». */
export function ArrestedItemsTable({ items }: { items: ArrestedItem[] }) {
  const { t } = useTranslation();
  const columns: TableColumnsType<ArrestedItem> = [
    { title: t('enf.property.kind'), dataIndex: 'kind', render: (kind: ArrestedItem['kind']) => t(`enf.property.kinds.${kind}`) },
    { title: t('enf.property.description'), dataIndex: 'description' },
    { title: t('enf.property.identifier'), dataIndex: 'identifier', render: (id: string | null) => <span className="mono">{id ?? '—'}</span> },
    {
      title: t('enf.property.value'),
      dataIndex: 'valueTiyn',
      align: 'right',
      render: (tiyn: string | null) => <span className="amount nowrap">{formatTiyn(tiyn)}</span>,
    },
    {
      title: t('enf.property.status'),
      dataIndex: 'status',
      render: (status: ArrestedItem['status']) => <Tag color={status === 'arrested' ? 'red' : 'default'}>{t(`enf.property.statuses.${status}`)}</Tag>,
    },
  ];
  return (
    <Table<ArrestedItem> rowKey="id" size="small" columns={columns} dataSource={items} pagination={false}
      scroll={{ x: 'max-content' }} data-testid="arrested-property-table" locale={{ emptyText: t('enf.property.none') }} />
  );
}
