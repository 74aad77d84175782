import { Space, Spin, Table, Tag, Typography } from 'antd';
import type { TableColumnsType } from 'antd';
import { useTranslation } from 'react-i18next';
import { courtsApi } from '../../api/courts-api.ts';
import type { IncomingFiling } from '../../api/courts-types.ts';
import { ErrorAlert } from '../../components/error-alert.tsx';
import { useLoad } from '../../components/use-load.ts';
import { formatDay } from '../../format/day.ts';
import { useUiLanguage } from '../../i18n/use-ui-language.ts';
import { hrefFor } from '../../router/hash-router.ts';

/** FILE-11: the court office's incoming queue — received filings by registration day (the court's local time), the overdue ones tagged. */
export function OfficeQueuePage() {
  const { t } = useTranslation();
  const language = useUiLanguage();
  const [loaded] = useLoad(() => courtsApi.incoming(), 'incoming');
  const day = (iso: string) => formatDay(iso, 'Asia/Almaty');
  const columns: TableColumnsType<IncomingFiling> = [
    {
      title: t('courts.common.number'), key: 'number',
      render: (_v, f) => <a href={hrefFor('courtOfficeFiling', { id: f.id })} data-testid="incoming-link">{f.number}</a>,
    },
    {
      title: t('courts.common.applicant'), key: 'applicant',
      render: (_v, f) => (
        <Space orientation="vertical" size={0}>
          <span>{f.applicantName}</span>
          {f.principalName !== null && <Typography.Text type="secondary">{t('courts.common.onBehalfOf')}: {f.principalName}</Typography.Text>}
        </Space>
      ),
    },
    {
      title: t('courts.common.service'), key: 'service',
      render: (_v, f) => (
        <Space orientation="vertical" size={0}>
          <span>{f.serviceName[language]}</span>
          <Typography.Text type="secondary">«{f.title}»</Typography.Text>
        </Space>
      ),
    },
    { title: t('courts.common.receivedAt'), key: 'received', render: (_v, f) => `${day(f.received.date)} ${f.received.time}` },
    {
      title: t('courts.common.registrationDay'), key: 'registrationDay',
      render: (_v, f) => (
        <Space wrap>
          <span>{day(f.registrationDay)}</span>
          {f.overdue && <Tag color="red" data-testid="incoming-overdue">{t('courts.office.overdue')}</Tag>}
        </Space>
      ),
    },
  ];
  return (
    <Space orientation="vertical" size="large" className="page">
      <Typography.Title level={1}>{t('courts.office.title')}</Typography.Title>
      {loaded.status === 'ok' && <Typography.Text strong>{loaded.data.court.name[language]} — {t('courts.office.today')}: {day(loaded.data.today)}</Typography.Text>}
      <Typography.Paragraph>{t('courts.office.intro')}</Typography.Paragraph>
      {loaded.status === 'loading' && <Spin />}
      {loaded.status === 'error' && <ErrorAlert error={loaded.error} />}
      {loaded.status === 'ok' && (
        <Table<IncomingFiling> rowKey="id" columns={columns} dataSource={loaded.data.filings} pagination={false} data-testid="incoming-filings"
          aria-label={t('courts.office.table')} locale={{ emptyText: t('courts.office.empty') }} scroll={{ x: 'max-content' }} />
      )}
    </Space>
  );
}
