import { Alert, Button, Card, Checkbox, Form, Input, List, Select, Space, Spin, Tag, Typography } from 'antd';
import { courts } from '@oryndau/domain';
import { validateIin } from '@oryndau/kz';
import { useState } from 'react';
import { enpApi } from '../api/enp-api.ts';
import type { EnpIssued, EnpStaffDocument } from '../api/enp-api.ts';
import { ApiError } from '../api/http-client.ts';
import { ErrorAlert } from '../components/error-alert.tsx';
import { useLoad } from '../components/use-load.ts';
import { formatDay } from '../format/day.ts';
import { useFormatDateTime } from '../format/use-date-time.ts';
import { useUiLanguage } from '../i18n/use-ui-language.ts';
import { useEnpOfficeText } from './enp-office-texts.ts';

type Form = 'civil' | 'criminal' | 'administrative';
type Values = { iin: string; fullName: string; category: courts.ParticipantCategory; appliedOn: string; email: string;
  legalEntity?: boolean; bin?: string; entityName?: string };

/** The card PDF (base64) as a download the browser saves or prints. */
function downloadCard(base64: string, caseNumber: string): void {
  const bytes = Uint8Array.from(atob(base64), (c) => c.charCodeAt(0));
  const url = URL.createObjectURL(new Blob([bytes], { type: 'application/pdf' }));
  const link = document.createElement('a');
  link.href = url;
  link.download = `enp-${caseNumber.replace(/[^\p{L}\p{N}-]+/gu, '_')}.pdf`;
  link.click();
  setTimeout(() => URL.revokeObjectURL(url), 10_000);
}

/**
 * Issue 16 (ENP-1, ENP-2, ENP-5, ENP-11): the case's «ЭНП» section for the
 * court's staff — the participant's application (all fields mandatory, the
 * IIN checked), the password shown once with its 10×15 cm card, the
 * accesses issued, the documents with block/unblock and the reason, and
 * who viewed the case. Loaded lazily with its own texts.
 */
export function EnpOfficeSection({ caseId, caseNumber, form, today }: { caseId: string; caseNumber: string; form: Form; today: string }) {
  const et = useEnpOfficeText();
  const language = useUiLanguage();
  const formatDateTime = useFormatDateTime();
  const [accesses, reloadAccesses] = useLoad(() => enpApi.accesses(caseId), caseId);
  const [documents, reloadDocuments] = useLoad(() => enpApi.documents(caseId), caseId);
  const [history, reloadHistory] = useLoad(() => enpApi.history(caseId), caseId);
  const [issued, setIssued] = useState<EnpIssued | null>(null);
  const [error, setError] = useState<ApiError | null>(null);
  const [busy, setBusy] = useState(false);
  const [values] = Form.useForm<Values>();
  const legalEntity = Form.useWatch('legalEntity', values);

  const submit = async (v: Values) => {
    setBusy(true);
    setError(null);
    try {
      const result = await enpApi.issue(caseId, { iin: v.iin, fullName: v.fullName, category: v.category, appliedOn: v.appliedOn, email: v.email,
        representedEntity: v.legalEntity ? { bin: v.bin ?? '', name: v.entityName ?? '' } : null });
      setIssued(result);
      values.resetFields();
      reloadAccesses();
    } catch (e) {
      setError(e instanceof ApiError ? e : null);
    } finally {
      setBusy(false);
    }
  };

  const required = { required: true, message: et('required') };
  const iinRule = { validator: (_: unknown, value: string | undefined) => (!value || validateIin(value).ok ? Promise.resolve() : Promise.reject(new Error(et('iinInvalid')))) };

  return (
    <Card title={<span id="enp-office-title">{et('title')}</span>} size="small" aria-labelledby="enp-office-title" data-testid="enp-office">
      <Space orientation="vertical" size="middle" style={{ width: '100%' }}>
        <Typography.Title level={3}>{et('issueTitle')}</Typography.Title>
        <Form form={values} layout="vertical" onFinish={(v) => void submit(v)} initialValues={{ appliedOn: today }} requiredMark>
          <Form.Item name="iin" label={et('iin')} rules={[required, iinRule]}>
            <Input inputMode="numeric" maxLength={12} autoComplete="off" />
          </Form.Item>
          <Form.Item name="fullName" label={et('fullName')} rules={[required]}><Input maxLength={300} /></Form.Item>
          <Form.Item name="category" label={et('category')} rules={[required]}>
            <Select options={courts.participantCategoriesFor(form).map((c) => ({ value: c, label: courts.PARTICIPANT_CATEGORY_TEXTS[c][language] }))} />
          </Form.Item>
          <Form.Item name="appliedOn" label={et('appliedOn')} rules={[required]}><Input type="date" /></Form.Item>
          <Form.Item name="email" label={et('email')} rules={[required, { type: 'email', message: et('required') }]}><Input type="email" maxLength={254} /></Form.Item>
          <Form.Item name="legalEntity" valuePropName="checked"><Checkbox>{et('legalEntity')}</Checkbox></Form.Item>
          {legalEntity && (
            <>
              <Form.Item name="bin" label={et('bin')} rules={[required, { pattern: /^\d{12}$/, message: et('required') }]}><Input inputMode="numeric" maxLength={12} /></Form.Item>
              <Form.Item name="entityName" label={et('entityName')} rules={[required]}><Input maxLength={300} /></Form.Item>
            </>
          )}
          <Button type="primary" htmlType="submit" loading={busy} data-testid="enp-issue">{et('issue')}</Button>
        </Form>
        {error && <ErrorAlert error={error} />}
        {issued && (
          <Alert type="success" showIcon role="status" data-testid="enp-issued" message={issued.replaced ? et('reissued') : et('issued')}
            description={(
              <Space orientation="vertical">
                <Typography.Text>{et('password')}: <Typography.Text strong copyable data-testid="enp-password">{issued.password}</Typography.Text></Typography.Text>
                <Button onClick={() => downloadCard(issued.cardPdf, caseNumber)} data-testid="enp-card">{et('downloadCard')}</Button>
              </Space>
            )} />
        )}

        <Typography.Title level={3}>{et('accesses')}</Typography.Title>
        {accesses.status === 'loading' && <Spin />}
        {accesses.status === 'error' && <ErrorAlert error={accesses.error} />}
        {accesses.status === 'ok' && (
          <List size="small" locale={{ emptyText: et('noAccesses') }} dataSource={accesses.data.items} renderItem={(a) => (
            <List.Item>
              <Space wrap>
                <span>{a.fullName} ({a.iin})</span><span>{a.categoryName[language]}</span>
                {a.representedEntity && <span>{a.representedEntity.name} ({a.representedEntity.bin})</span>}
                <span>{formatDateTime(a.issuedAt)}</span>
                {a.issuedByName && <span>{et('issuedBy')}: {a.issuedByName}</span>}
                {a.replacedAt ? <Tag>{et('replaced')}</Tag> : <Tag color="green">{et('active')}</Tag>}
              </Space>
            </List.Item>
          )} />
        )}

        <Typography.Title level={3}>{et('documents')}</Typography.Title>
        {documents.status === 'loading' && <Spin />}
        {documents.status === 'error' && <ErrorAlert error={documents.error} />}
        {documents.status === 'ok' && (
          <List size="small" dataSource={documents.data.items} renderItem={(d) => (
            <List.Item><DocumentBlock caseId={caseId} document={d} onChanged={() => { reloadDocuments(); reloadHistory(); }} /></List.Item>
          )} />
        )}

        <Typography.Title level={3}>{et('history')}</Typography.Title>
        {history.status === 'loading' && <Spin />}
        {history.status === 'error' && <ErrorAlert error={history.error} />}
        {history.status === 'ok' && (
          <List size="small" locale={{ emptyText: et('noHistory') }} dataSource={history.data.items} renderItem={(h) => (
            <List.Item>
              <Space wrap>
                <span>{formatDateTime(h.at)}</span><span>{h.actionName[language]}</span><span>{h.who[language]}</span>
                {h.fullName && <span>{h.fullName}</span>}{h.iin && <span>{h.iin}</span>}
                {h.documentTitle && <span>«{h.documentTitle}»</span>}{h.address && <span>{et('from')}: {h.address}</span>}
              </Space>
            </List.Item>
          )} />
        )}
      </Space>
    </Card>
  );
}

/** ENP-5: one document of the case with its block, and the reason to block or open it. */
function DocumentBlock({ caseId, document: d, onChanged }: { caseId: string; document: EnpStaffDocument; onChanged: () => void }) {
  const et = useEnpOfficeText();
  const language = useUiLanguage();
  const [reason, setReason] = useState('');
  const [failed, setFailed] = useState<ApiError | null>(null);
  const [working, setWorking] = useState(false);
  const inputId = `enp-reason-${d.id.replace(/[^A-Za-z0-9-]/g, '-')}`;
  const toggle = async () => {
    setWorking(true);
    setFailed(null);
    try {
      await enpApi.setBlock(caseId, d.id, d.block === null, reason.trim());
      onChanged();
    } catch (e) {
      setFailed(e instanceof ApiError ? e : null);
    } finally {
      setWorking(false);
    }
  };
  return (
    <Space orientation="vertical" style={{ width: '100%' }}>
      <Space wrap>
        <span>{formatDay(d.date, 'Asia/Almaty')}</span><span>{d.kindName[language]}</span><span>{d.title}</span>
        {d.block && <Tag color="red">{et('blocked')}: {d.block.reason}</Tag>}
      </Space>
      <Space wrap>
        <label htmlFor={inputId}>{et('reason')}</label>
        <Input id={inputId} value={reason} onChange={(e) => setReason(e.target.value)} maxLength={500} style={{ width: 280 }} />
        <Button onClick={() => void toggle()} disabled={reason.trim() === ''} loading={working} danger={d.block === null}
          title={reason.trim() === '' ? et('reasonRequired') : undefined}>
          {d.block === null ? et('block') : et('unblock')}
        </Button>
      </Space>
      {failed && <ErrorAlert error={failed} />}
    </Space>
  );
}
