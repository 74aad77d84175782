import { Table, Tag } from 'antd';
import type { TableColumnsType } from 'antd';
import { useTranslation } from 'react-i18next';
import type { Party } from '../../api/enforcement-types.ts';
import { useUiLanguage } from '../../i18n/use-ui-language.ts';
import { regionName } from '../regions.ts';

/** ENF-1 «Стороны исполнительного производства»: debtors first, then claimants. */
export function PartiesTab({ parties }: { parties: Party[] }) {
  const { t } = useTranslation();
  const language = useUiLanguage();
  const sorted = [...parties].sort((a, b) => (a.role === b.role ? 0 : a.role === 'debtor' ? -1 : 1));
  const columns: TableColumnsType<Party> = [
    {
      title: t('enf.parties.role'),
      dataIndex: 'role',
      render: (role: Party['role']) => <Tag color={role === 'debtor' ? 'volcano' : 'geekblue'}>{t(`enf.parties.${role}`)}</Tag>,
    },
    { title: t('enf.parties.kind'), dataIndex: 'kind', render: (kind: Party['kind']) => t(`enf.partyKind.${kind}`) },
    { title: t('enf.parties.identifier'), dataIndex: 'identifier', render: (id: string) => <span className="mono">{id}</span> },
    { title: t('enf.parties.name'), dataIndex: 'name' },
    { title: t('enf.parties.address'), dataIndex: 'address', render: (address: string | null) => address ?? '—' },
    { title: t('enf.parties.region'), dataIndex: 'regionKato', render: (kato: string | null) => regionName(kato, language) },
  ];
  return (
    <Table<Party> rowKey="id" size="small" columns={columns} dataSource={sorted} pagination={false}
      scroll={{ x: 'max-content' }} data-testid="parties-table" locale={{ emptyText: t('enf.parties.none') }} />
  );
}
