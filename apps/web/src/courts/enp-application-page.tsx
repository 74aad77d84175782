import { Alert, Button, Card, Descriptions, Form, Input, List, Select, Space, Spin, Tag, Typography } from 'antd';
import { useState } from 'react';
import { enpApplicationsApi } from '../api/enp-applications-api.ts';
import type { EnpApplicationView, EnpRefuseBody } from '../api/enp-applications-api.ts';
import { ApiError } from '../api/http-client.ts';
import { ErrorAlert } from '../components/error-alert.tsx';
import { useLoad } from '../components/use-load.ts';
import { formatFileSize } from '../enp/enp-format.ts';
import { useFormatDateTime } from '../format/use-date-time.ts';
import { useUiLanguage } from '../i18n/use-ui-language.ts';
import { hrefFor } from '../router/hash-router.ts';
import { useEnpApplicationsText } from './enp-applications-texts.ts';

/** Б, КБ, МБ: the same abbreviations in Kazakh and Russian. */
const SIZE_UNITS = { bytes: 'Б', kilobytes: 'КБ', megabytes: 'МБ' };

type RefuseValues = { reason: EnpRefuseBody['reason']; text?: string };

/**
 * Issue 16 item 5 (ENP-9): one online application for the court office —
 * the applicant, their IIN, the case and whether the court has it, the
 * category, the attached documents (each downloaded on its own), the
 * signature the server checked; approve (the password goes by e-mail only)
 * or refuse with a reference reason in kk/ru and the court's own words. A
 * colleague's decision meanwhile is the server's one 409, shown here.
 */
export function EnpApplicationPage({ id }: { id: string }) {
  const et = useEnpApplicationsText();
  const language = useUiLanguage();
  const formatDateTime = useFormatDateTime();
  const [loaded, reload] = useLoad(() => enpApplicationsApi.officeOne(id), `enp-application-${id}`);
  const [reasons] = useLoad(() => enpApplicationsApi.refusalReasons(), 'enp-refusal-reasons');
  const [error, setError] = useState<ApiError | null>(null);
  const [done, setDone] = useState<'approved' | 'refused' | null>(null);
  const [busy, setBusy] = useState(false);
  const [form] = Form.useForm<RefuseValues>();
  const reason = Form.useWatch('reason', form);

  const decide = async (action: (a: EnpApplicationView) => Promise<EnpApplicationView>, outcome: 'approved' | 'refused') => {
    if (loaded.status !== 'ok') return;
    setBusy(true);
    setError(null);
    try {
      await action(loaded.data);
      setDone(outcome);
    } catch (e) {
      if (e instanceof ApiError) setError(e);
    } finally {
      setBusy(false);
      reload();
    }
  };

  if (loaded.status === 'loading') return <Spin />;
  if (loaded.status === 'error') return <ErrorAlert error={loaded.error} />;
  const a = loaded.data;
  const signature = a.signature;
  return (
    <Space orientation="vertical" size="large" className="page" data-testid="enp-application-page">
      <a href={hrefFor('enpApplications')}>{et('back')}</a>
      <Typography.Title level={1}>{et('number')}: {a.number}</Typography.Title>
      <Descriptions bordered column={1} size="small">
        <Descriptions.Item label={et('status')}><Tag data-testid="enp-application-status">{a.statusName[language]}</Tag></Descriptions.Item>
        <Descriptions.Item label={et('applicant')}>{a.fullName}</Descriptions.Item>
        <Descriptions.Item label={et('iin')}>{a.applicantIin}</Descriptions.Item>
        <Descriptions.Item label={et('court')}>{a.court[language]}</Descriptions.Item>
        <Descriptions.Item label={et('case')}>
          <Space wrap>
            <span>{a.caseNumber}</span>
            {a.caseFound === true && <Tag color="green">{et('caseFound')}</Tag>}
            {a.caseFound === false && <Tag color="orange">{et('caseMissing')}</Tag>}
          </Space>
        </Descriptions.Item>
        <Descriptions.Item label={et('category')}>{a.categoryName[language]}</Descriptions.Item>
        <Descriptions.Item label={et('email')}>{a.email}</Descriptions.Item>
        <Descriptions.Item label={et('submittedAt')}>{formatDateTime(a.submittedAt)}</Descriptions.Item>
        <Descriptions.Item label={et('signature')}>
          <span data-testid="enp-application-signature">
            {signature === null ? et('signatureNone') : signature.valid
              ? et('signatureValid', { name: signature.signerName ?? '—', iin: signature.signerIin ?? '—', at: formatDateTime(signature.checkedAt) })
              : et('signatureInvalid')}
          </span>
        </Descriptions.Item>
        {a.decidedAt !== null && <Descriptions.Item label={et('decidedAt')}>{formatDateTime(a.decidedAt)}</Descriptions.Item>}
        {a.refusal !== null && (
          <Descriptions.Item label={et('refusal')}>{a.refusal.reasonName[language]}{a.refusal.text === null ? '' : ` — ${a.refusal.text}`}</Descriptions.Item>
        )}
      </Descriptions>
      <Card size="small" title={et('attachments')}>
        <List dataSource={a.attachments} locale={{ emptyText: et('noAttachments') }}
          renderItem={(file) => (
            <List.Item>
              <a href={enpApplicationsApi.fileUrl(a.id, file.position)} download={file.name} aria-label={et('download', { name: file.name })}>{file.name}</a>
              <Typography.Text type="secondary">{formatFileSize(file.size, language, SIZE_UNITS)}</Typography.Text>
            </List.Item>
          )} />
      </Card>
      {done !== null && <Alert type="success" showIcon role="status" message={et(done)} data-testid="enp-application-done" />}
      {error !== null && <ErrorAlert error={error} />}
      {a.status === 'submitted' && (
        <>
          <Card size="small" title={et('approve')}>
            <Space orientation="vertical">
              <Typography.Text>{et('approveHint')}</Typography.Text>
              <Button type="primary" loading={busy} disabled={a.caseFound !== true} data-testid="enp-approve"
                onClick={() => void decide((v) => enpApplicationsApi.approve(v.id, v.version), 'approved')}>{et('approve')}</Button>
            </Space>
          </Card>
          <Card size="small" title={et('refuseTitle')}>
            <Form form={form} layout="vertical" requiredMark
              onFinish={(v) => void decide((app) => enpApplicationsApi.refuse(app.id,
                { version: app.version, reason: v.reason, text: v.text?.trim() ? v.text.trim() : null }), 'refused')}>
              <Form.Item name="reason" label={et('reason')} rules={[{ required: true, message: et('reasonRequired') }]}>
                <Select options={reasons.status === 'ok' ? reasons.data.items.map((r) => ({ value: r.code, label: r.name[language] })) : []} />
              </Form.Item>
              <Form.Item name="text" label={et('reasonText')}
                rules={[{ required: reason === 'other', whitespace: true, message: et('reasonTextRequired') }]}>
                <Input.TextArea maxLength={1000} rows={3} />
              </Form.Item>
              <Button danger htmlType="submit" loading={busy} data-testid="enp-refuse">{et('refuse')}</Button>
            </Form>
          </Card>
        </>
      )}
    </Space>
  );
}
