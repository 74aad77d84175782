import { CheckCircleOutlined, DeleteOutlined, FilePdfOutlined, PlusOutlined, UploadOutlined } from '@ant-design/icons';
import { Alert, Button, Card, Descriptions, Form, Input, List, Space, Spin, Tag, Typography, Upload } from 'antd';
import { useEffect, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { courtsApi } from '../../api/courts-api.ts';
import type { DispatchReceipt, FilingDraft, FilingDuty, FilingWarningsView } from '../../api/courts-types.ts';
import type { ApiError } from '../../api/http-client.ts';
import { ErrorAlert } from '../../components/error-alert.tsx';
import { asApiError, useLoad } from '../../components/use-load.ts';
import { formatTiyn } from '../../format/money.ts';
import { useUiLanguage } from '../../i18n/use-ui-language.ts';
import { hrefFor } from '../../router/hash-router.ts';

const megabytes = (bytes: number) => `${(bytes / 1024 / 1024).toFixed(1).replace('.', ',')} МБ`;

/** Step 5: the appendix — a title per document and one file each, uploaded at once; the server's recognition errors under the row (FILE-1, FILE-5). */
export function AppendixStep({ draft, maxBytes, ensureSaved, onDraft }: {
  draft: FilingDraft | null; maxBytes: number;
  /** Saves the form (titles included) and answers the draft as saved. */
  ensureSaved: () => Promise<FilingDraft | null>;
  onDraft: (draft: FilingDraft) => void;
}) {
  const { t } = useTranslation();
  const [errors, setErrors] = useState<Record<number, ApiError>>({});
  const [busy, setBusy] = useState<number | null>(null);
  const upload = async (index: number, file: File) => {
    setBusy(index);
    setErrors((e) => ({ ...e, [index]: undefined as unknown as ApiError }));
    try {
      const saved = await ensureSaved();
      if (saved === null) return;
      onDraft(await courtsApi.uploadAttachment(saved.id, index + 1, file));
      setErrors((e) => Object.fromEntries(Object.entries(e).filter(([k]) => Number(k) !== index)));
    } catch (caught) {
      setErrors((e) => ({ ...e, [index]: asApiError(caught) }));
    } finally {
      setBusy(null);
    }
  };
  return (
    <>
      <Typography.Paragraph>{t('courts.wizard.appendixIntro')}</Typography.Paragraph>
      <Typography.Paragraph type="secondary">{t('courts.wizard.appendixKinds', { size: megabytes(maxBytes) })}</Typography.Paragraph>
      <Form.List name="appendix">
        {(fields, { add, remove }) => (
          <Space orientation="vertical" className="page">
            {fields.map((field, index) => {
              const file = draft?.appendix[index]?.file ?? null;
              const error = errors[index];
              return (
                <Card size="small" key={field.key} data-testid={`appendix-${index}`}>
                  <Space wrap align="start">
                    <Form.Item name={[field.name, 'title']} label={t('courts.wizard.appendixTitle')}
                      rules={[{ required: true, whitespace: true, message: t('courts.wizard.appendixTitleRequired') }]}>
                      <Input maxLength={300} className="courts-name" />
                    </Form.Item>
                    <Form.Item label={t('courts.wizard.appendixFile')}>
                      <Space wrap>
                        <Upload showUploadList={false} maxCount={1} beforeUpload={(chosen) => { void upload(index, chosen); return false; }}>
                          <Button icon={<UploadOutlined />} loading={busy === index} data-testid={`appendix-file-${index}`}>
                            {file === null ? t('courts.wizard.appendixChoose') : t('courts.wizard.appendixReplace')}
                          </Button>
                        </Upload>
                        {file !== null
                          ? <Tag color="success" icon={<CheckCircleOutlined />} data-testid={`appendix-uploaded-${index}`}>
                            {t('courts.wizard.appendixUploaded', { name: file.originalName, size: megabytes(file.sizeBytes) })}</Tag>
                          : <Typography.Text type="secondary">{t('courts.wizard.appendixMissing')}</Typography.Text>}
                      </Space>
                    </Form.Item>
                    <Button icon={<DeleteOutlined />} onClick={() => remove(field.name)} className="courts-remove"
                      aria-label={t('courts.wizard.appendixRemove', { title: String(index + 1) })} />
                  </Space>
                  {error !== undefined && <ErrorAlert error={error} />}
                </Card>
              );
            })}
            <Button icon={<PlusOutlined />} onClick={() => add({ title: '' })} data-testid="appendix-add">{t('courts.wizard.appendixAdd')}</Button>
          </Space>
        )}
      </Form.List>
    </>
  );
}

/** Step 6: the server's warnings before sending (item 9); a blocking one keeps «Далее» disabled. */
export function CheckStep({ draft, onBlocked }: { draft: FilingDraft; onBlocked: (blocked: boolean) => void }) {
  const { t } = useTranslation();
  const language = useUiLanguage();
  const [loaded, reload] = useLoad<FilingWarningsView>(() => courtsApi.warnings(draft.id), `${draft.id}:${draft.version}`);
  useEffect(() => {
    onBlocked(loaded.status !== 'ok' || loaded.data.blocked);
  }, [loaded, onBlocked]);
  if (loaded.status === 'loading') return <Spin />;
  if (loaded.status === 'error') return <ErrorAlert error={loaded.error} />;
  const { warnings } = loaded.data;
  return (
    <Space orientation="vertical" className="page" data-testid="filing-warnings">
      <Typography.Paragraph>{t('courts.wizard.checkIntro')}</Typography.Paragraph>
      {warnings.length === 0 && <Alert type="success" showIcon title={t('courts.wizard.checkNone')} data-testid="warnings-none" />}
      {warnings.map((warning) => (
        <Alert key={`${warning.code}-${JSON.stringify(warning.params)}`} type={warning.blocking ? 'error' : 'warning'} showIcon
          title={warning.text[language]} description={warning.blocking ? t('courts.wizard.checkBlocking') : undefined} />
      ))}
      <Button onClick={reload}>{t('courts.wizard.checkRecheck')}</Button>
    </Space>
  );
}

/** Step 7: the state duty (FILE-4) — online through the gateway (back here, then confirmed) or a bank receipt's code and scan. */
export function DutyStep({ draft, onPaid }: { draft: FilingDraft; onPaid: (paid: boolean) => void }) {
  const { t } = useTranslation();
  const language = useUiLanguage();
  const [duty, setDuty] = useState<FilingDuty | null>(null);
  const [error, setError] = useState<ApiError | null>(null);
  const [busy, setBusy] = useState<string | null>(null);
  const [code, setCode] = useState('');
  const [scan, setScan] = useState<File | null>(null);
  const run = async (name: string, action: () => Promise<FilingDuty | null>) => {
    setBusy(name);
    setError(null);
    try {
      const next = await action();
      if (next !== null) setDuty(next);
    } catch (caught) {
      setError(asApiError(caught));
    } finally {
      setBusy(null);
    }
  };
  const confirmPending = async (current: FilingDuty): Promise<FilingDuty> => {
    let latest = current;
    for (const payment of current.payments.filter((p) => p.method === 'online' && p.status === 'pending')) {
      latest = (await courtsApi.confirmOnline(draft.id, payment.id)).duty;
    }
    return latest;
  };
  useEffect(() => {
    // Back from the gateway: the pending payment is checked at once (the payer pressed «Оплатить» there).
    void run('load', async () => confirmPending(await courtsApi.duty(draft.id)));
  }, [draft.id]);
  useEffect(() => {
    onPaid(duty !== null && duty.remainingTiyn <= 0);
  }, [duty, onPaid]);
  if (duty === null) return error === null ? <Spin /> : <ErrorAlert error={error} />;
  const payOnline = () => void run('online', async () => {
    const started = await courtsApi.payOnline(draft.id);
    window.location.assign(started.redirectUrl);
    return null;
  });
  const payByReceipt = () => void run('receipt', async () => (scan === null ? null : (await courtsApi.payByReceipt(draft.id, code.trim(), scan)).duty));
  const pending = duty.payments.some((p) => p.method === 'online' && p.status === 'pending');
  return (
    <Space orientation="vertical" size="middle" className="page" data-testid="duty-step">
      <Descriptions size="small" bordered column={1}>
        <Descriptions.Item label={t('courts.common.duty')}><span data-testid="duty-amount">{formatTiyn(String(duty.amountTiyn))}</span></Descriptions.Item>
        <Descriptions.Item label={t('courts.wizard.dutyBasis', { basis: '' }).replace(/:\s*$/, '')}>{duty.basis[language]}</Descriptions.Item>
        <Descriptions.Item label={t('courts.filing.dutyPaid')}>{formatTiyn(String(duty.paidTiyn))}</Descriptions.Item>
      </Descriptions>
      {error !== null && <ErrorAlert error={error} />}
      {duty.amountTiyn === 0 && <Alert type="success" showIcon title={t('courts.wizard.dutyNotRequired')} />}
      {duty.amountTiyn > 0 && duty.remainingTiyn <= 0 && (
        <Alert type="success" showIcon data-testid="duty-paid" title={t('courts.wizard.dutyPaid', { amount: formatTiyn(String(duty.paidTiyn)) })} />
      )}
      {duty.remainingTiyn > 0 && (
        <>
          <Typography.Paragraph>{t('courts.wizard.dutyIntro')}</Typography.Paragraph>
          <Alert type="info" showIcon title={t('courts.wizard.dutyAmount', { amount: formatTiyn(String(duty.remainingTiyn)) })} />
          <Card size="small" title={t('courts.wizard.dutyPayOnline')}>
            <Typography.Paragraph>{t('courts.wizard.dutyPayOnlineHint')}</Typography.Paragraph>
            <Space wrap>
              <Button type="primary" onClick={payOnline} loading={busy === 'online'} data-testid="duty-pay-online">{t('courts.wizard.dutyPayOnline')}</Button>
              {pending && (
                <Button onClick={() => void run('confirm', () => confirmPending(duty))} loading={busy === 'confirm' || busy === 'load'} data-testid="duty-confirm">
                  {t('courts.wizard.dutyConfirm')}
                </Button>
              )}
            </Space>
          </Card>
          <Card size="small" title={t('courts.wizard.dutyReceipt')}>
            <Space wrap align="end">
              <label className="courts-label">
                <span>{t('courts.wizard.dutyReceiptCode')}</span>
                <Input value={code} onChange={(e) => setCode(e.target.value)} maxLength={64} className="courts-iin" data-testid="duty-receipt-code" />
              </label>
              <Upload showUploadList={false} maxCount={1} beforeUpload={(file) => { setScan(file); return false; }}>
                <Button icon={<UploadOutlined />}>{scan === null ? t('courts.wizard.dutyReceiptScan') : scan.name}</Button>
              </Upload>
              <Button onClick={payByReceipt} disabled={code.trim() === '' || scan === null} loading={busy === 'receipt'}>
                {t('courts.wizard.dutyReceiptSubmit')}
              </Button>
            </Space>
          </Card>
        </>
      )}
    </Space>
  );
}

/** The dispatch receipt (талон, FILE-7): date and time in the court's zone, number, sender, recipient; kk and ru PDFs. */
export function ReceiptView({ receipt }: { receipt: DispatchReceipt }) {
  const { t } = useTranslation();
  const language = useUiLanguage();
  return (
    <Card title={<Typography.Title level={2} className="courts-card-title">{t('courts.receipt.title')}</Typography.Title>} data-testid="filing-receipt">
      <Space orientation="vertical" size="middle" className="page">
        <Alert type="success" showIcon title={t('courts.receipt.intro')} />
        <Descriptions bordered column={1} size="small">
          <Descriptions.Item label={t('courts.receipt.number')}><span data-testid="receipt-number">{receipt.number}</span></Descriptions.Item>
          <Descriptions.Item label={t('courts.receipt.sentAt')}>
            <span data-testid="receipt-time">{t('courts.common.courtTime', { time: receipt.receivedAtText[language] })}</span>
          </Descriptions.Item>
          <Descriptions.Item label={t('courts.receipt.sender')}>
            <span data-testid="receipt-sender">
              {receipt.sender.name} ({receipt.sender.iinBin}){receipt.principal === null ? '' : ` — ${t('courts.common.onBehalfOf')}: ${receipt.principal.name} (${receipt.principal.iinBin})`}
            </span>
          </Descriptions.Item>
          <Descriptions.Item label={t('courts.receipt.recipient')}><span data-testid="receipt-court">{receipt.court.name[language]}</span></Descriptions.Item>
          <Descriptions.Item label={t('courts.receipt.document')}>{receipt.serviceName[language]}: «{receipt.title}»</Descriptions.Item>
        </Descriptions>
        <Space wrap>
          <a href={courtsApi.receiptPdfUrl(receipt.filingId, 'kk')} download data-testid="receipt-pdf-kk"><FilePdfOutlined aria-hidden /> {t('courts.receipt.pdfKk')}</a>
          <a href={courtsApi.receiptPdfUrl(receipt.filingId, 'ru')} download data-testid="receipt-pdf-ru"><FilePdfOutlined aria-hidden /> {t('courts.receipt.pdfRu')}</a>
          <a href={hrefFor('courtsMy')}>{t('courts.receipt.toMyCases')}</a>
        </Space>
      </Space>
    </Card>
  );
}

/** A not-received attempt's reasons (§30, §33) as the filing card lists them. */
export function AttemptList({ attempts }: { attempts: { id: string; at: string; atText: { kk: string; ru: string }; reasons: { code: string; text: { kk: string; ru: string } }[] }[] }) {
  const { t } = useTranslation();
  const language = useUiLanguage();
  if (attempts.length === 0) return null;
  return (
    <Alert type="error" showIcon title={t('courts.filing.notReceived')} data-testid="filing-attempts" description={(
      <List size="small" dataSource={attempts} renderItem={(attempt) => (
        <List.Item>
          <Space orientation="vertical">
            <Typography.Text strong>{t('courts.filing.notReceivedAt', { at: attempt.atText[language] })}</Typography.Text>
            <ul>{attempt.reasons.map((r) => <li key={r.code}>{r.text[language]}</li>)}</ul>
          </Space>
        </List.Item>
      )} />
    )} />
  );
}

