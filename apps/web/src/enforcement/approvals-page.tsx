import { CheckOutlined, FilePdfOutlined, ReloadOutlined, RollbackOutlined } from '@ant-design/icons';
import { Alert, App, Button, Form, Input, Modal, Space, Table, Typography } from 'antd';
import type { TableColumnsType } from 'antd';
import { useCallback, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { documentContentUrl, enforcementApi } from '../api/enforcement-api.ts';
import type { Act, ApprovalItem } from '../api/enforcement-types.ts';
import type { ApiError } from '../api/http-client.ts';
import { ErrorAlert } from '../components/error-alert.tsx';
import { asApiError, useLoad } from '../components/use-load.ts';
import { useFormatDateTime } from '../format/use-date-time.ts';
import { useUiLanguage } from '../i18n/use-ui-language.ts';
import { hrefFor } from '../router/hash-router.ts';
import { ActSigningDialog } from './act-signing-dialog.tsx';

/**
 * ENF-9 «Входящие/Уведомления» of a senior bailiff: resolutions waiting for
 * approval. «Утвердить» is the senior's own signature on the same PDF (it
 * applies the act); «Вернуть» sends it back to the bailiff with a reason.
 */
export function ApprovalsPage() {
  const { t } = useTranslation();
  const language = useUiLanguage();
  const formatDateTime = useFormatDateTime();
  const { message } = App.useApp();
  const [approvals, reload] = useLoad(() => enforcementApi.approvals(), 'approvals');
  const [approving, setApproving] = useState<Act | null>(null);
  const [returning, setReturning] = useState<Act | null>(null);
  const [conflict, setConflict] = useState<ApiError | null>(null);

  const onConflict = useCallback((error: ApiError) => {
    setConflict(error);
    reload();
  }, [reload]);

  const columns: TableColumnsType<ApprovalItem> = [
    {
      title: t('enf.list.number'),
      key: 'number',
      render: (_: unknown, item) => (
        <a href={hrefFor('enforcementCard', { id: item.proceedingId })} className="mono nowrap" data-testid={`approval-card-${item.act.id}`}>
          {item.registrationNumber}
        </a>
      ),
    },
    {
      title: t('enf.approvals.act'),
      key: 'act',
      render: (_: unknown, item) => (
        <div className="act-title">
          <span>{item.act.title[language]}</span>
          <a href={documentContentUrl(item.act.documentId)} target="_blank" rel="noreferrer" data-testid={`act-pdf-${item.act.id}`}>
            <FilePdfOutlined aria-hidden /> {t('enf.sign.openPdf')}
          </a>
        </div>
      ),
    },
    {
      title: t('enf.list.debtor'),
      key: 'debtor',
      render: (_: unknown, item) => (
        <div className="proceeding-row__debtor">
          <span>{item.debtor.name}</span>
          <Typography.Text type="secondary" className="mono">{item.debtor.identifier}</Typography.Text>
        </div>
      ),
    },
    { title: t('enf.list.bailiff'), key: 'bailiff', render: (_: unknown, item) => <span className="cell-clamp">{item.bailiff.fullName}</span> },
    { title: t('enf.approvals.signedAt'), key: 'signedAt', render: (_: unknown, item) => <span className="nowrap">{formatDateTime(item.act.signedAt ?? item.act.createdAt)}</span> },
    {
      title: '',
      key: 'actions',
      // ISSUE-13 item 6: the buttons stay in sight while the other columns scroll sideways.
      fixed: 'right',
      render: (_: unknown, item) => (
        <Space orientation="vertical" size={4}>
          <Button type="primary" size="small" icon={<CheckOutlined />} onClick={() => setApproving(item.act)} data-testid={`approve-${item.act.id}`}>
            {t('enf.approvals.approve')}
          </Button>
          <Button size="small" icon={<RollbackOutlined />} onClick={() => setReturning(item.act)} data-testid={`return-${item.act.id}`}>
            {t('enf.approvals.return')}
          </Button>
        </Space>
      ),
    },
  ];

  return (
    <Space orientation="vertical" size="middle" className="page">
      <div className="page-heading">
        <Typography.Title level={1}>{t('enf.queue.forApproval')}</Typography.Title>
        <Button icon={<ReloadOutlined />} onClick={reload} data-testid="approvals-refresh">{t('enf.refresh')}</Button>
      </div>
      {conflict !== null && (
        <Alert type="warning" showIcon closable={{ onClose: () => setConflict(null) }} data-testid="act-conflict"
          title={t('enf.card.conflict')} description={conflict.message} />
      )}
      {approvals.status === 'error' && <ErrorAlert error={approvals.error} />}
      <Table<ApprovalItem>
        rowKey={(item) => item.act.id}
        size="middle"
        columns={columns}
        dataSource={approvals.status === 'ok' ? approvals.data.items : []}
        loading={approvals.status === 'loading'}
        pagination={false}
        scroll={{ x: 'max-content' }}
        data-testid="approvals-table"
        locale={{ emptyText: t('enf.approvals.none') }}
      />
      <ActSigningDialog act={approving} purpose="approve" onClose={() => setApproving(null)} onConflict={onConflict}
        onSigned={() => {
          setApproving(null);
          void message.success(t('enf.approvals.approved'));
          reload();
        }} />
      {returning !== null && (
        <ReturnModal act={returning} onClose={() => setReturning(null)} onDone={() => {
          setReturning(null);
          void message.success(t('enf.approvals.returned'));
          reload();
        }} />
      )}
    </Space>
  );
}

/** «Вернуть»: the reason reaches the bailiff on the card's documents list. */
function ReturnModal({ act, onClose, onDone }: { act: Act; onClose: () => void; onDone: () => void }) {
  const { t } = useTranslation();
  const language = useUiLanguage();
  const [form] = Form.useForm<{ reason: string }>();
  const [busy, setBusy] = useState(false);
  const [error, setError] = useState<ApiError | null>(null);

  const submit = async ({ reason }: { reason: string }) => {
    setBusy(true);
    setError(null);
    try {
      await enforcementApi.returnAct(act.id, reason.trim());
      onDone();
    } catch (caught) {
      setError(asApiError(caught));
    } finally {
      setBusy(false);
    }
  };

  return (
    <Modal open title={`${t('enf.approvals.return')}: ${act.title[language]}`} onCancel={onClose} onOk={() => form.submit()}
      confirmLoading={busy} okText={t('enf.approvals.return')} cancelText={t('enf.cancel')}
      okButtonProps={{ 'data-testid': 'return-submit' }} destroyOnHidden mask={{ closable: false }}>
      <Form form={form} layout="vertical" name="return-act" onFinish={(values) => void submit(values)}>
        <Form.Item label={t('enf.approvals.reason')} name="reason" rules={[{ required: true, whitespace: true, message: t('enf.validation.required') }]}>
          <Input.TextArea autoSize={{ minRows: 3, maxRows: 8 }} data-testid="return-reason" />
        </Form.Item>
        {error !== null && <ErrorAlert error={error} />}
      </Form>
    </Modal>
  );
}
