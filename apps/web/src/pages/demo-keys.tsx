import { DownloadOutlined } from '@ant-design/icons';
import { Alert, Table, Tag, Typography } from 'antd';
import type { TableColumnsType } from 'antd';
import { useTranslation } from 'react-i18next';
import { api } from '../api/api.ts';
import type { DemoKey } from '../api/signing-types.ts';
import { useLoad } from '../components/use-load.ts';

/**
 * Dev mode: the dev PKI's demo key files and their PINs, so a newcomer can
 * try ЭЦП sign-in and signing (GET /api/dev/pki/keys). Hidden when the
 * server does not offer them.
 */
export function DemoKeys() {
  const { t } = useTranslation();
  const [keys] = useLoad(() => api.devKeys(), 'dev-keys');
  if (keys.status !== 'ok' || keys.data.keys.length === 0) return null;

  const columns: TableColumnsType<DemoKey> = [
    { title: t('demoKeys.column.name'), dataIndex: 'fullName' },
    { title: t('demoKeys.column.iin'), dataIndex: 'iin', render: (iin: string | null) => iin ?? '—' },
    { title: t('demoKeys.column.bin'), dataIndex: 'bin', render: (bin: string | null | undefined) => bin ?? '—' },
    { title: t('demoKeys.column.purpose'), dataIndex: 'purpose', render: (purpose: DemoKey['purpose']) => <Tag>{t(`esign.purpose.${purpose}`)}</Tag> },
    { title: t('demoKeys.column.pin'), dataIndex: 'pin', render: (pin: string) => <Typography.Text code copyable>{pin}</Typography.Text> },
    {
      title: t('demoKeys.column.file'),
      dataIndex: 'url',
      render: (url: string, key) => (
        <a href={url} download data-testid="demo-key-download" data-iin={key.iin ?? ''} data-purpose={key.purpose}>
          <DownloadOutlined aria-hidden /> {t('demoKeys.download')}
        </a>
      ),
    },
  ];

  return (
    <section className="demo-keys" data-testid="demo-keys" aria-label={t('demoKeys.title')}>
      <Typography.Title level={2} className="demo-keys__title">{t('demoKeys.title')}</Typography.Title>
      <Alert type="info" showIcon title={t('demoKeys.note')} className="esign__note" />
      <Table<DemoKey>
        rowKey="url"
        size="small"
        columns={columns}
        dataSource={keys.data.keys}
        pagination={{ pageSize: 10, hideOnSinglePage: true }}
        scroll={{ x: 'max-content' }}
      />
    </section>
  );
}
