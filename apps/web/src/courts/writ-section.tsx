import { Alert, App, Button, Card, Checkbox, Descriptions, Form, Input, List, Modal, Select, Space, Spin, Tag, Typography } from 'antd';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { api } from '../api/api.ts';
import type { ApiError } from '../api/http-client.ts';
import { writsApi } from '../api/writs-api.ts';
import type { CourtWritView, CourtWritsView } from '../api/writs-api.ts';
import { ErrorAlert } from '../components/error-alert.tsx';
import { asApiError, useLoad } from '../components/use-load.ts';
import { regionOptions } from '../enforcement/regions.ts';
import { formatDay } from '../format/day.ts';
import { useFormatDateTime } from '../format/use-date-time.ts';
import { useUiLanguage } from '../i18n/use-ui-language.ts';
import { DocumentSigningDialog } from './document-signing-dialog.tsx';
import { tiynOf, writSum } from './writ-amount.ts';
import { useCourtPagesTexts } from '../i18n/court-pages-texts.ts';

/** The colour of a writ's status tag: done green, refused red, in progress blue. */
function statusColour(status: CourtWritView['status']): string {
  switch (status) {
    case 'completed': case 'registered': case 'taken_for_execution': return 'green';
    case 'refused': case 'initiation_refused': case 'returned': return 'red';
    case 'suspended': return 'orange';
    case 'draft': case 'signing': case 'signed': case 'sent': case 'transferred': return 'blue';
  }
}

/**
 * FILE-16, seed 003 §51–58: «Атқару парағы» / «Исполнительный лист» on the
 * court's case — the secretary prepares it from an act in force, the judge
 * and the secretary sign it in the existing signing dialog, then it shows
 * when it was sent, its registration and every status enforcement reported,
 * in order.
 */
export function WritSection({ caseId }: { caseId: string }) {
  useCourtPagesTexts();
  const { t } = useTranslation();
  const [loaded, reload] = useLoad(() => writsApi.ofCase(caseId), caseId);
  const [preparing, setPreparing] = useState(false);
  return (
    <Card title={<Typography.Title level={2} className="courts-card-title">{t('writs.title')}</Typography.Title>} size="small"
      data-testid="writ-section">
      <Space orientation="vertical" className="page">
        <Typography.Paragraph type="secondary">{t('writs.intro')}</Typography.Paragraph>
        {loaded.status === 'loading' && <Spin />}
        {loaded.status === 'error' && <ErrorAlert error={loaded.error} />}
        {loaded.status === 'ok' && (
          <>
            {loaded.data.mayPrepare && loaded.data.preparableActs.length > 0 && (
              <Button type="primary" onClick={() => setPreparing(true)} data-testid="writ-prepare">{t('writs.prepare')}</Button>
            )}
            {loaded.data.writs.length === 0 ? <Typography.Text type="secondary">{t('writs.none')}</Typography.Text>
              : loaded.data.writs.map((w) => <WritCard key={w.id} writ={w} onChanged={reload} />)}
            {preparing && <PrepareModal caseId={caseId} view={loaded.data} onClose={() => setPreparing(false)}
              onDone={() => { setPreparing(false); reload(); }} />}
          </>
        )}
      </Space>
    </Card>
  );
}

function WritCard({ writ, onChanged }: { writ: CourtWritView; onChanged: () => void }) {
  useCourtPagesTexts();
  const { t } = useTranslation();
  const language = useUiLanguage();
  const formatDateTime = useFormatDateTime();
  const { message } = App.useApp();
  const [signing, setSigning] = useState<CourtWritView['mySigningTasks'][number] | null>(null);
  const mark = (done: boolean) => t(done ? 'writs.yes' : 'writs.no');
  const parties = (list: CourtWritView['claimants']) => list.map((p) => `${p.name} (${p.identifier})`).join('; ');
  return (
    <section aria-label={t('writs.number', { number: writ.number })} data-testid="writ-card">
      <Typography.Title level={3}>{t('writs.number', { number: writ.number })}</Typography.Title>
      <Descriptions bordered column={1} size="small">
        <Descriptions.Item label={t('writs.status')}>
          <Tag color={statusColour(writ.status)} data-testid="writ-status">{writ.statusName[language]}</Tag>
        </Descriptions.Item>
        <Descriptions.Item label={t('writs.act')}>{writ.act.title[language]}</Descriptions.Item>
        <Descriptions.Item label={t('writs.addressee')}>{writ.addresseeName[language]} ({writ.categoryName[language]})</Descriptions.Item>
        <Descriptions.Item label={t('writs.sum')}>{writSum(writ.amount, writ.currency)}</Descriptions.Item>
        <Descriptions.Item label={t('writs.claimants')}>{parties(writ.claimants)}</Descriptions.Item>
        <Descriptions.Item label={t('writs.debtors')}>{parties(writ.debtors)}</Descriptions.Item>
        <Descriptions.Item label={t('writs.judge')}>{writ.judge.fullName}</Descriptions.Item>
        <Descriptions.Item label={t('writs.secretary')}>{writ.secretary.fullName}</Descriptions.Item>
        <Descriptions.Item label={t('writs.signatures')}>
          <div>{t('writs.signedCard', { judge: mark(writ.signatures.judge), secretary: mark(writ.signatures.secretary) })}</div>
          <div>{t('writs.signedCopy', { copy: mark(writ.signatures.actCopy) })}</div>
        </Descriptions.Item>
      </Descriptions>
      {writ.sentAt !== null && <Typography.Paragraph>{t('writs.sentAt', { at: formatDateTime(writ.sentAt) })}</Typography.Paragraph>}
      {writ.registrationNumber !== null && writ.registrationDate !== null && (
        <Typography.Paragraph data-testid="writ-registration">
          {t('writs.registration', { number: writ.registrationNumber, date: formatDay(writ.registrationDate, 'Asia/Almaty') })}
        </Typography.Paragraph>
      )}
      <Space wrap>
        {writ.mySigningTasks.map((task) => (
          <Button key={task.part} type="primary" onClick={() => setSigning(task)} data-testid={`writ-sign-${task.part}`}>
            {t(task.part === 'card' ? 'writs.signCard' : 'writs.signCopy')}
          </Button>
        ))}
      </Space>
      <Typography.Title level={4}>{t('writs.history')}</Typography.Title>
      {writ.history.length === 0 ? <Typography.Text type="secondary">{t('writs.historyEmpty')}</Typography.Text> : (
        <List size="small" dataSource={writ.history} data-testid="writ-history" renderItem={(h) => (
          <List.Item>
            <Space orientation="vertical" size={0}>
              <span data-testid="writ-history-status">{t('writs.historyAt', { at: formatDateTime(h.at), status: h.statusName[language] })}</span>
              {h.registrationNumber !== null && h.registrationDate !== null && (
                <Typography.Text type="secondary">
                  {t('writs.registration', { number: h.registrationNumber, date: formatDay(h.registrationDate, 'Asia/Almaty') })}
                </Typography.Text>
              )}
              {h.bailiffName !== null && <Typography.Text type="secondary">{t('writs.bailiff', { name: h.bailiffName })}</Typography.Text>}
              {h.reason !== null && <Typography.Text type="secondary">{t('writs.reason', { reason: h.reason[language] })}</Typography.Text>}
            </Space>
          </List.Item>
        )} />
      )}
      {signing !== null && (
        <DocumentSigningDialog open title={t(signing.part === 'card' ? 'writs.signCard' : 'writs.signCopy')}
          summary={t('writs.signSummary', { number: writ.number, title: signing.title[language] })}
          start={() => api.startSigning(signing.documentId)}
          onClose={() => setSigning(null)}
          onSigned={() => { setSigning(null); void message.success(t('writs.signed')); onChanged(); }} />
      )}
    </section>
  );
}

type PrepareValues = { actId?: string; amount?: string; claimEssence?: string; category?: string; region?: string; solidary?: boolean };

function PrepareModal({ caseId, view, onClose, onDone }: { caseId: string; view: CourtWritsView; onClose: () => void; onDone: () => void }) {
  useCourtPagesTexts();
  const { t } = useTranslation();
  const language = useUiLanguage();
  const { message } = App.useApp();
  const [form] = Form.useForm<PrepareValues>();
  const [busy, setBusy] = useState(false);
  const [error, setError] = useState<ApiError | null>(null);
  const category = Form.useWatch('category', form);
  const chosen = view.categories.find((c) => c.code === category);
  const submit = async () => {
    const values = await form.validateFields();
    setBusy(true);
    setError(null);
    try {
      await writsApi.prepare(caseId, {
        actId: values.actId ?? '', amountMinor: tiynOf(values.amount ?? '') ?? 0, currency: 'KZT', claimEssence: values.claimEssence ?? '',
        ...(values.category ? { category: values.category } : {}), solidaryLiability: values.solidary === true,
        ...(values.region ? { parties: view.participants.map((p) => ({ participantId: p.id, regionKato: values.region! })) } : {}),
      });
      void message.success(t('writs.prepared'));
      onDone();
    } catch (caught) {
      setError(asApiError(caught));
    } finally {
      setBusy(false);
    }
  };
  return (
    <Modal open title={t('writs.prepareTitle')} onCancel={onClose} destroyOnHidden width={720}
      footer={[
        <Button key="cancel" onClick={onClose}>{t('writs.cancel')}</Button>,
        <Button key="ok" type="primary" loading={busy} onClick={() => void submit().catch(() => undefined)} data-testid="writ-prepare-submit">
          {t('writs.submit')}
        </Button>,
      ]}>
      <Form form={form} layout="vertical" requiredMark={false} initialValues={{ actId: view.preparableActs[0]?.id }}>
        <Form.Item name="actId" label={t('writs.act')} rules={[{ required: true, message: t('writs.actRequired') }]}>
          <Select options={view.preparableActs.map((a) => ({ value: a.id,
            label: a.immediateExecution ? `${a.title[language]} (${t('writs.immediate')})` : a.title[language] }))} />
        </Form.Item>
        <Form.Item name="amount" label={t('writs.amount')} rules={[{ required: true, message: t('writs.amountRequired') },
          { validator: (_rule, value: string | undefined) => (!value || tiynOf(value) !== null ? Promise.resolve() : Promise.reject(new Error(t('writs.amountInvalid')))) }]}>
          <Input inputMode="decimal" data-testid="writ-amount" />
        </Form.Item>
        <Form.Item name="claimEssence" label={t('writs.claimEssence')} rules={[{ required: true, whitespace: true, message: t('writs.claimEssenceRequired') }]}>
          <Input.TextArea rows={3} maxLength={2000} data-testid="writ-essence" />
        </Form.Item>
        <Form.Item name="category" label={t('writs.category')}
          extra={chosen ? t('writs.addresseeOf', { name: chosen.addresseeName[language] }) : undefined}>
          <Select allowClear placeholder={t('writs.categoryDefault')} options={view.categories.map((c) => ({ value: c.code, label: c.name[language] }))} />
        </Form.Item>
        <Form.Item name="region" label={t('writs.debtorRegion')} extra={t('writs.debtorRegionHint')}>
          <Select allowClear showSearch optionFilterProp="label" options={regionOptions(language)} data-testid="writ-region" />
        </Form.Item>
        <Form.Item name="solidary" valuePropName="checked">
          <Checkbox>{t('writs.solidary')}</Checkbox>
        </Form.Item>
      </Form>
      {error !== null && <ErrorAlert error={error} />}
      {view.preparableActs.length === 0 && <Alert type="info" title={t('writs.none')} />}
    </Modal>
  );
}
