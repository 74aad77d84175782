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
  // Three columns that wrap, so the case's link stays on a 1366-pixel screen
  // whatever the length of the court's name (ISSUE-13 item 6).
  const columns: TableColumnsType<MyFiling> = [
    {
      title: t('courts.common.title'), key: 'title', width: '42%',
      render: (_v, f) => (
        <Space orientation="vertical" size={0}>
          <a href={f.status === 'draft' ? hrefFor('courtsNew', {}, { draft: f.id }) : hrefFor('courtsFiling', { id: f.id })} data-testid="my-filing-link">
            {f.title}
          </a>
          <Typography.Text type="secondary">{f.serviceName[language]}{f.principalName === null ? '' : ` — ${f.principalName}`}</Typography.Text>
          {f.number !== null && (
            <Typography.Text type="secondary">{t('courts.common.number')}: {f.number}{f.receivedAt === null ? '' : ` · ${formatDateTime(f.receivedAt)}`}</Typography.Text>
          )}
        </Space>
      ),
    },
    { title: t('courts.common.court'), key: 'court', width: '30%', render: (_v, f) => f.court.name[language] },
    {
      title: t('courts.common.status'), key: 'status',
      render: (_v, f) => (
        <Space orientation="vertical" size={2}>
          <Tag color={filingStatusColour(f.status)} data-testid="my-filing-status">{f.statusName[language]}</Tag>
          {f.case === null
            ? <Typography.Text type="secondary">{t('courts.my.notRegistered')}</Typography.Text>
            : (
              <span>
                {t('courts.common.caseNumber')}:{' '}
                <a href={hrefFor('courtsFiling', { id: f.id })} data-testid="my-filing-case">{f.case.number}</a>
                {' — '}<Typography.Text type="secondary">{f.case.statusName[language]}</Typography.Text>
              </span>
            )}
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
          aria-label={t('courts.my.table')} locale={{ emptyText: t('courts.my.empty') }} />
      )}
    </Space>
  );
}
