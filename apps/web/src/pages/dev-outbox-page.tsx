import { FileAddOutlined, ReloadOutlined } from '@ant-design/icons';
import { useState } from 'react';
import { Alert, Button, Space, Table, Tag, Typography } from 'antd';
import type { TableColumnsType } from 'antd';
import { useTranslation } from 'react-i18next';
import { api } from '../api/api.ts';
import type { OutgoingMessage } from '../api/types.ts';
import { ErrorAlert } from '../components/error-alert.tsx';
import { asApiError, useLoad } from '../components/use-load.ts';
import type { ApiError } from '../api/http-client.ts';
import { useFormatDateTime } from '../format/use-date-time.ts';

const statusColour = { pending: 'gold', sent: 'green', failed: 'red' } as const satisfies Record<OutgoingMessage['status'], string>;

/** Development only: every SMS and e-mail the system "sent" (GET /api/dev/messages). */
export function DevOutboxPage() {
  const { t } = useTranslation();
  const formatDateTime = useFormatDateTime();
  const [messages, reload] = useLoad(() => api.devMessages(), 'outbox');
  const [fine, setFine] = useState<{ status: 'idle' | 'busy' } | { status: 'done'; link: string; number: string } | { status: 'error'; error: ApiError }>({ status: 'idle' });
  const createFine = async () => {
    setFine({ status: 'busy' });
    try {
      const created = await api.devSimplifiedFine();
      setFine({ status: 'done', link: created.link, number: created.erapFineId });
      reload();
    } catch (error) {
      setFine({ status: 'error', error: asApiError(error) });
    }
  };

  const columns: TableColumnsType<OutgoingMessage> = [
    { title: t('outbox.column.channel'), dataIndex: 'channel', render: (channel: OutgoingMessage['channel']) => <Tag>{t(`outbox.channel.${channel}`)}</Tag> },
    { title: t('outbox.column.recipient'), dataIndex: 'recipient' },
    { title: t('outbox.column.subject'), dataIndex: 'subject', render: (subject: string | null) => subject ?? '' },
    {
      title: t('outbox.column.body'),
      dataIndex: 'body',
      render: (body: string) => <Typography.Paragraph className="outbox__body">{body}</Typography.Paragraph>,
    },
    {
      title: t('outbox.column.status'),
      dataIndex: 'status',
      render: (status: OutgoingMessage['status']) => <Tag color={statusColour[status]}>{t(`outbox.status.${status}`)}</Tag>,
    },
    { title: t('outbox.column.attempts'), dataIndex: 'attempts', width: 90 },
    { title: t('outbox.column.createdAt'), dataIndex: 'createdAt', render: (at: string) => formatDateTime(at) },
    { title: t('outbox.column.sentAt'), dataIndex: 'sentAt', render: (at: string | null) => formatDateTime(at) },
  ];

  return (
    <Space orientation="vertical" size="large" className="page">
      <Typography.Title level={1}>{t('outbox.title')}</Typography.Title>
      <Alert type="info" showIcon title={t('outbox.note')} />
      <Space wrap>
        <Button icon={<ReloadOutlined />} onClick={reload} loading={messages.status === 'loading'}>
          {t('outbox.refresh')}
        </Button>
        <Button icon={<FileAddOutlined />} onClick={() => void createFine()} loading={fine.status === 'busy'} data-testid="dev-test-fine">
          {t('outbox.testFine')}
        </Button>
      </Space>
      {fine.status === 'done' && (
        <Alert type="success" showIcon title={t('flows.devFine.made', { number: fine.number })} data-testid="dev-test-fine-done"
          description={<span>{t('outbox.testFineDone')}{' '}
            <Typography.Link href={fine.link} target="_blank" data-testid="dev-test-fine-link">{t('flows.devFine.debtorPage')}</Typography.Link></span>} />
      )}
      {fine.status === 'error' && <ErrorAlert error={fine.error} />}
      {messages.status === 'error' && <ErrorAlert error={messages.error} />}
      <Table<OutgoingMessage>
        rowKey="id"
        size="small"
        columns={columns}
        dataSource={messages.status === 'ok' ? messages.data.messages : []}
        loading={messages.status === 'loading'}
        pagination={{ pageSize: 50, hideOnSinglePage: true }}
        scroll={{ x: 'max-content' }}
        locale={{ emptyText: t('outbox.empty') }}
      />
    </Space>
  );
}
