import { FileAddOutlined } from '@ant-design/icons';
import { Button, Space, Spin, Table, Tag, Typography } from 'antd';
import type { TableColumnsType } from 'antd';
import { useTranslation } from 'react-i18next';
import { courtsApi } from '../api/courts-api.ts';
import type { MyFiling } from '../api/courts-types.ts';
import { ErrorAlert } from '../components/error-alert.tsx';
import { useLoad } from '../components/use-load.ts';
import { useFormatDateTime } from '../format/use-date-time.ts';
import { useUiLanguage } from '../i18n/use-ui-language.ts';
import { hrefFor } from '../router/hash-router.ts';
import { filingStatusColour } from './status-colours.ts';

/** FILE-8: «Менің істерім» — every filing, its status and, once registered, the case and its course. */
export function MyFilingsPage() {
  const { t } = useTranslation();
  const language = useUiLanguage();
  const formatDateTime = useFormatDateTime();
  const [loaded] = useLoad(() => courtsApi.myFilings(), 'my');
  const columns: TableColumnsType<MyFiling> = [
    {
      title: t('courts.common.title'), key: 'title',
      render: (_v, f) => (
        <Space orientation="vertical" size={0}>
          <a href={f.status === 'draft' ? hrefFor('courtsNew', {}, { draft: f.id }) : hrefFor('courtsFiling', { id: f.id })} data-testid="my-filing-link">
            {f.title}
          </a>
          <Typography.Text type="secondary">{f.serviceName[language]}{f.principalName === null ? '' : ` — ${f.principalName}`}</Typography.Text>
        </Space>
      ),
    },
    { title: t('courts.common.court'), key: 'court', render: (_v, f) => f.court.name[language] },
    { title: t('courts.common.number'), key: 'number', render: (_v, f) => f.number ?? '—' },
    { title: t('courts.common.receivedAt'), key: 'received', render: (_v, f) => formatDateTime(f.receivedAt) },
    {
      title: t('courts.common.status'), key: 'status',
      render: (_v, f) => <Tag color={filingStatusColour(f.status)} data-testid="my-filing-status">{f.statusName[language]}</Tag>,
    },
    {
      title: t('courts.common.caseNumber'), key: 'case',
      render: (_v, f) => f.case === null ? <Typography.Text type="secondary">{t('courts.my.notRegistered')}</Typography.Text> : (
        <Space orientation="vertical" size={0}>
          <a href={hrefFor('courtsFiling', { id: f.id })} data-testid="my-filing-case">{f.case.number}</a>
          <Typography.Text type="secondary">{f.case.statusName[language]}</Typography.Text>
        </Space>
      ),
    },
  ];
  return (
    <Space orientation="vertical" size="large" className="page">
      <Typography.Title level={1}>{t('courts.my.title')}</Typography.Title>
      <Typography.Paragraph>{t('courts.my.intro')}</Typography.Paragraph>
      <Space><Button type="primary" icon={<FileAddOutlined />} href={hrefFor('courtsNew')} data-testid="my-new-filing">{t('courts.my.newFiling')}</Button></Space>
      {loaded.status === 'loading' && <Spin />}
      {loaded.status === 'error' && <ErrorAlert error={loaded.error} />}
      {loaded.status === 'ok' && (
        <Table<MyFiling> rowKey="id" columns={columns} dataSource={loaded.data.filings} pagination={false} data-testid="my-filings"
          aria-label={t('courts.my.table')} locale={{ emptyText: t('courts.my.empty') }} scroll={{ x: 'max-content' }} />
      )}
    </Space>
  );
}
