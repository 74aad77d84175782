import { App, Button, Card, Form, Input, Modal, Space, Spin, Typography } from 'antd';
import { useCallback, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { api } from '../api/api.ts';
import { courtActsApi } from '../api/court-acts-api.ts';
import type { CourtActView } from '../api/court-acts-api.ts';
import { ApiError } from '../api/http-client.ts';
import { ErrorAlert } from '../components/error-alert.tsx';
import { useLoad } from '../components/use-load.ts';
import { useUiLanguage } from '../i18n/use-ui-language.ts';
import { CourtActCard } from './court-act-card.tsx';
import { CourtActForm } from './court-act-form.tsx';
import { DocumentSigningDialog } from './document-signing-dialog.tsx';
import { useCourtPagesTexts } from '../i18n/court-pages-texts.ts';

type Signing = { kind: 'act'; act: CourtActView } | { kind: 'mark'; act: CourtActView; absenceReason?: string };

/**
 * Issue 15 items 1-2 (FILE-14, FILE-15, SIG-5, SIG-6): «Сот актілері» /
 * «Судебные акты» on the court's case page — a judge of the case drafts
 * (template or PDF), edits a draft, signs with the existing signing dialog;
 * each judge's signature is shown; on the legal-force date the judge (or
 * the chairman, giving the judge's absence reason) signs the mark.
 */
export function CourtActsSection({ caseId, onChanged }: { caseId: string; onChanged: () => void }) {
  useCourtPagesTexts();
  const { t } = useTranslation();
  const { message } = App.useApp();
  const [loaded, reload] = useLoad(() => courtActsApi.ofCase(caseId), caseId);
  const [form, setForm] = useState<{ act?: CourtActView } | null>(null);
  const [signing, setSigning] = useState<Signing | null>(null);
  const [chairmanFor, setChairmanFor] = useState<CourtActView | null>(null);
  const [error, setError] = useState<ApiError | null>(null);
  const changed = () => {
    reload();
    onChanged();
  };
  const mark = async (act: CourtActView, absenceReason?: string) => {
    setError(null);
    try {
      // Checked by the server first (date, appeal, reason): a refusal is shown before any key is asked for.
      const { documentId } = await courtActsApi.prepareLegalForce(act.id, absenceReason);
      setSigning({ kind: 'mark', act: { ...act, documentId } });
    } catch (e) {
      setError(e instanceof ApiError ? e : new ApiError(0, 'internal', String(e)));
      reload();
    }
  };

  return (
    <Card title={t('courtActs.title')} size="small" data-testid="court-acts">
      {loaded.status === 'loading' && <Spin />}
      {loaded.status === 'error' && <ErrorAlert error={loaded.error} />}
      {error && <ErrorAlert error={error} />}
      {loaded.status === 'ok' && (
        <Space orientation="vertical" className="page">
          {loaded.data.items.length === 0 && <Typography.Text type="secondary">{t('courtActs.none')}</Typography.Text>}
          {loaded.data.items.map((act) => (
            <CourtActCard key={act.id} act={act} actions={(
              <>
                {act.can.edit && <Button onClick={() => setForm({ act })} data-testid="court-act-edit">{t('courtActs.edit')}</Button>}
                {act.can.sign && <Button type="primary" onClick={() => setSigning({ kind: 'act', act })} data-testid="court-act-sign">{t('courtActs.sign')}</Button>}
                {act.can.markAsJudge && <Button type="primary" onClick={() => void mark(act)} data-testid="court-act-mark">{t('courtActs.markAsJudge')}</Button>}
                {act.can.markAsChairman && <Button onClick={() => setChairmanFor(act)} data-testid="court-act-mark-chairman">{t('courtActs.markAsChairman')}</Button>}
              </>
            )} />
          ))}
          {loaded.data.canDraft && form === null && (
            <Button onClick={() => setForm({})} data-testid="court-act-new">{t('courtActs.newAct')}</Button>
          )}
          {form !== null && (
            <Card size="small" title={form.act ? t('courtActs.edit') : t('courtActs.newAct')}>
              <CourtActForm caseId={caseId} {...(form.act ? { act: form.act } : {})} onCancel={() => setForm(null)} onSaved={() => {
                setForm(null);
                void message.success(t('courtActs.saved'));
                changed();
              }} />
            </Card>
          )}
        </Space>
      )}
      {chairmanFor && <AbsenceReasonDialog onCancel={() => setChairmanFor(null)} onOk={(reason) => {
        const act = chairmanFor;
        setChairmanFor(null);
        void mark(act, reason);
      }} />}
      {signing && <SignDialog signing={signing} onClose={() => setSigning(null)} onSigned={() => {
        void message.success(signing.kind === 'act' ? t('courtActs.signed') : t('courtActs.marked'));
        setSigning(null);
        changed();
      }} />}
    </Card>
  );
}

function SignDialog({ signing, onClose, onSigned }: { signing: Signing; onClose: () => void; onSigned: () => void }) {
  useCourtPagesTexts();
  const { t } = useTranslation();
  const language = useUiLanguage();
  const documentId = signing.act.documentId;
  const start = useCallback(() => api.startSigning(documentId), [documentId]);
  return (
    <DocumentSigningDialog open title={signing.kind === 'act' ? t('courtActs.signTitle') : t('courtActs.markTitle')} summary={signing.act.title[language]}
      start={start} onClose={onClose} onSigned={onSigned} />
  );
}

/** §51: the chairman writes why the judge is absent before the mark is prepared. */
function AbsenceReasonDialog({ onOk, onCancel }: { onOk: (reason: string) => void; onCancel: () => void }) {
  useCourtPagesTexts();
  const { t } = useTranslation();
  const [form] = Form.useForm<{ reason: string }>();
  return (
    <Modal open title={t('courtActs.markAsChairman')} okText={t('courtActs.markAsChairman')} cancelText={t('courtActs.cancel')}
      onCancel={onCancel} onOk={() => void form.validateFields().then((v) => onOk(v.reason.trim()))}>
      <Form form={form} layout="vertical">
        <Form.Item name="reason" label={t('courtActs.absenceReason')} rules={[{ required: true, whitespace: true, message: t('courtActs.absenceReasonRequired') }]}>
          <Input.TextArea autoSize={{ minRows: 2 }} data-testid="court-act-absence-reason" />
        </Form.Item>
      </Form>
    </Modal>
  );
}
