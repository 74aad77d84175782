import { EditOutlined, LeftOutlined, RightOutlined, SaveOutlined } from '@ant-design/icons';
import { App, Button, Card, Form, Space, Spin, Steps, Typography } from 'antd';
import { useCallback, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { courtsApi } from '../../api/courts-api.ts';
import type { CourtsReference, DispatchReceipt, FilingCreateBody, FilingDraft, PowerOfAttorneyView } from '../../api/courts-types.ts';
import type { ApiError } from '../../api/http-client.ts';
import { ErrorAlert } from '../../components/error-alert.tsx';
import { asApiError, useLoad } from '../../components/use-load.ts';
import { todayIn } from '../../format/day.ts';
import { formatMinorUnits } from '../../format/money.ts';
import { useUiLanguage } from '../../i18n/use-ui-language.ts';
import { replaceLocation } from '../../router/hash-router.ts';
import { useSession } from '../../session/session-context.tsx';
import { DocumentSigningDialog } from '../document-signing-dialog.tsx';
import { claimAmountTiyn, servicesWithAmount } from '../filing-form.ts';
import { AppendixStep, CheckStep, DutyStep, ReceiptView } from './dispatch-steps.tsx';
import { CourtStep, PartiesStep, ServiceStep, TextStep } from './form-steps.tsx';
import type { FilingValues } from './form-steps.tsx';

const STEPS = ['service', 'court', 'parties', 'text', 'appendix', 'check', 'duty', 'sign'] as const;
type StepName = (typeof STEPS)[number];

/** The fields each step checks before «Далее». */
const stepFields: Partial<Record<StepName, (string | (string | number)[])[]>> = {
  service: ['service', 'targetCaseNumber'],
  court: ['regionId', 'courtId', 'form', 'category'],
  text: ['title', 'body', 'claimAmount'],
};

type Loaded = { reference: CourtsReference; powers: PowerOfAttorneyView[]; draft: FilingDraft | null };

/**
 * The first save of a new filing puts its id into the address (a reload, or
 * the gateway's return, resumes it), which mounts the page again for that
 * draft. The wizard leaves what it had here — the loaded data, every field as
 * typed (also those the draft does not keep: the region, «on whose behalf»)
 * and the step to show — and the new page takes it back at once: no reload,
 * nothing typed lost, the step the person was going to.
 */
const handovers = new Map<string, { loaded: Loaded; values: FilingValues; step: number }>();

/** FILE-2…FILE-7: «Жаңа өтініш» — a stepped form from the service to the талон. `draftId` resumes a saved draft (back from the gateway). */
export function NewFilingPage({ draftId }: { draftId: string | null }) {
  const { t } = useTranslation();
  const [handover] = useState(() => {
    const taken = draftId === null ? undefined : handovers.get(draftId);
    if (draftId !== null) handovers.delete(draftId);
    return taken;
  });
  const [loaded] = useLoad<Loaded>(async () => {
    if (handover !== undefined) return handover.loaded;
    const [reference, powers, draft] = await Promise.all([
      courtsApi.reference(),
      courtsApi.powersTrusted().then((r) => r.items).catch(() => []),
      draftId === null ? Promise.resolve(null) : courtsApi.draft(draftId),
    ]);
    return { reference, powers, draft };
  }, draftId ?? '');
  return (
    <Space orientation="vertical" size="large" className="page">
      <Typography.Title level={1}>{t('courts.wizard.title')}</Typography.Title>
      {loaded.status === 'loading' && <Spin />}
      {loaded.status === 'error' && <ErrorAlert error={loaded.error} />}
      {loaded.status === 'ok' && <Wizard {...loaded.data} resume={handover === undefined ? null : { values: handover.values, step: handover.step }} />}
    </Space>
  );
}

function valuesOf(draft: FilingDraft, reference: CourtsReference, powers: readonly PowerOfAttorneyView[]): FilingValues {
  const court = reference.courts.find((c) => c.id === draft.court.id);
  // A draft keeps its principal; the power of attorney it goes under is fixed only on receipt — find it among the trustee's.
  const power = draft.powerOfAttorneyId ?? (draft.principal === null ? null
    : powers.find((p) => p.principal.iinBin === draft.principal?.iinBin)?.id ?? null);
  return {
    service: draft.service, targetCaseNumber: draft.targetCase?.number ?? '', onBehalf: power ?? 'self',
    ...(court === undefined ? {} : { regionId: court.regionId }), courtId: draft.court.id, form: draft.form, category: draft.category ?? '',
    parties: draft.parties.map((p) => ({ ...p, address: p.address ?? '' })), title: draft.title, body: draft.body,
    claimAmount: draft.claimAmountTiyn === null ? '' : formatMinorUnits(BigInt(draft.claimAmountTiyn)) ?? '',
    // A draft saved before its appendix (the first «Далее» after the text) resumes with one empty row, as a new form starts.
    appendix: draft.appendix.length === 0 ? [{ title: '' }] : draft.appendix.map((item) => ({ title: item.title })),
  };
}

function Wizard({ reference, powers, draft: initialDraft, resume }: Loaded & { resume: { values: FilingValues; step: number } | null }) {
  const { t } = useTranslation();
  const language = useUiLanguage();
  const { message } = App.useApp();
  const { user } = useSession();
  const [form] = Form.useForm<FilingValues>();
  const [draft, setDraft] = useState<FilingDraft | null>(initialDraft);
  const [step, setStep] = useState<number>(() => {
    if (resume !== null) return resume.step;
    if (initialDraft === null) return 0;
    return initialDraft.duty.payments.length > 0 ? STEPS.indexOf('duty') : STEPS.indexOf('appendix');
  });
  const [error, setError] = useState<ApiError | null>(null);
  const [busy, setBusy] = useState(false);
  const [blocked, setBlocked] = useState(true);
  const [paid, setPaid] = useState(false);
  const [signing, setSigning] = useState(false);
  const [receipt, setReceipt] = useState<DispatchReceipt | null>(null);
  const onBlocked = useCallback((value: boolean) => setBlocked(value), []);
  const onPaid = useCallback((value: boolean) => setPaid(value), []);
  const name = STEPS[step] ?? 'service';
  const draftId = draft?.id ?? null;
  const startSigning = useCallback(() => courtsApi.startSigning(draftId ?? ''), [draftId]);

  const initialValues: FilingValues = resume !== null ? resume.values : initialDraft !== null ? valuesOf(initialDraft, reference, powers) : {
    onBehalf: 'self', service: 'claim', form: 'civil', appendix: [{ title: '' }],
    // The applicant is the first party (the plaintiff of a claim): the signed-in person, editable.
    parties: user === null ? [] : [{ category: 'plaintiff', kind: 'individual', iinBin: user.iin, name: user.fullName }],
  };

  /** The form as the server's draft body; the whole of it is sent each time (PUT with the version read). */
  const body = (values: FilingValues): FilingCreateBody => {
    const service = values.service ?? 'claim';
    const amount = servicesWithAmount.includes(service) ? claimAmountTiyn(values.claimAmount) : undefined;
    const poa = powers.find((p) => p.id === values.onBehalf);
    return {
      service, courtId: values.courtId ?? '', form: values.form ?? 'civil',
      category: values.category?.trim() ? values.category.trim() : null,
      targetCaseNumber: values.targetCaseNumber?.trim() ? values.targetCaseNumber.trim() : null,
      parties: values.parties.map((p) => ({
        category: p.category ?? 'plaintiff', kind: p.kind, iinBin: p.iinBin.replace(/\s+/g, ''), name: p.name.trim(),
        ...(p.address?.trim() ? { address: p.address.trim() } : {}),
      })),
      title: (values.title ?? '').trim(), body: values.body ?? '', claimAmountTiyn: amount ?? null,
      appendix: values.appendix.map((a) => (a.title ?? '').trim()).filter((title) => title !== ''),
      principal: poa === undefined ? null : { kind: poa.principal.kind, iinBin: poa.principal.iinBin, name: poa.principal.name },
    };
  };

  /** Saves the whole form; `stepAfter`: the step to show next, should the first save mount the page again (handovers). */
  const save = async (stepAfter: number = step): Promise<FilingDraft | null> => {
    const values = form.getFieldsValue(true) as FilingValues;
    const request = body(values);
    const saved = draft === null
      ? await courtsApi.createFiling(request)
      : await courtsApi.updateFiling(draft.id, { ...request, version: draft.version } as Parameters<typeof courtsApi.updateFiling>[1]);
    setDraft(saved);
    // The address keeps the draft: a reload, or the gateway's return, resumes it.
    if (draft === null) {
      handovers.set(saved.id, { loaded: { reference, powers, draft: saved }, values, step: stepAfter });
      replaceLocation('courtsNew', {}, { draft: saved.id });
    }
    return saved;
  };

  const guarded = async (action: () => Promise<void>) => {
    setBusy(true);
    setError(null);
    try {
      await action();
    } catch (caught) {
      setError(asApiError(caught));
    } finally {
      setBusy(false);
    }
  };

  const next = () => void guarded(async () => {
    try {
      // The parties and the appendix are lists: every field under the list's name (not the whole form,
      // whose later steps' required fields are still empty here).
      if (name === 'parties' || name === 'appendix') await form.validateFields([name], { recursive: true });
      else await form.validateFields(stepFields[name] ?? []);
    } catch {
      void message.error(t('courts.wizard.fixFields'));
      return;
    }
    // Leaving the text or the appendix: the draft is saved (the server computes the duty and checks the files).
    const after = Math.min(step + 1, STEPS.length - 1);
    if (name === 'text' || name === 'appendix') await save(after);
    setStep(after);
  });

  const saveDraft = () => void guarded(async () => {
    await save();
    void message.success(t('courts.wizard.draftSaved'));
  });

  const signed = () => {
    setSigning(false);
    if (draft === null) return;
    void guarded(async () => setReceipt(await courtsApi.receipt(draft.id)));
  };

  if (receipt !== null) return <ReceiptView receipt={receipt} />;
  const court = reference.courts.find((c) => c.id === draft?.court.id);
  const nextDisabled = (name === 'check' && blocked) || (name === 'duty' && !paid);
  const applicantKind = user?.representing === null || user?.representing === undefined ? 'individual' : 'legal_entity';

  return (
    <Card>
      <Space orientation="vertical" size="middle" className="page">
        <Steps size="small" current={step} items={STEPS.map((s) => ({ title: t(`courts.wizard.steps.${s}`) }))} className="courts-steps" />
        <Typography.Title level={2} className="courts-card-title" data-testid="filing-step" data-step={name}>
          {t('courts.wizard.stepOf', { current: step + 1, total: STEPS.length })}: {t(`courts.wizard.steps.${name}`)}
        </Typography.Title>
        <Form form={form} layout="vertical" initialValues={initialValues} preserve requiredMark={false}>
          <div hidden={name !== 'service'}><ServiceStep form={form} reference={reference} powers={powers} /></div>
          <div hidden={name !== 'court'}><CourtStep form={form} reference={reference} /></div>
          <div hidden={name !== 'parties'}><PartiesStep form={form} reference={reference} /></div>
          <div hidden={name !== 'text'}><TextStep form={form} applicantKind={applicantKind} today={todayIn('Asia/Almaty')} /></div>
          <div hidden={name !== 'appendix'}>
            <AppendixStep draft={draft} maxBytes={reference.attachmentMaxBytes} ensureSaved={() => save()} onDraft={setDraft} />
          </div>
        </Form>
        {name === 'check' && draft !== null && <CheckStep draft={draft} onBlocked={onBlocked} />}
        {name === 'duty' && draft !== null && <DutyStep draft={draft} onPaid={onPaid} />}
        {name === 'sign' && draft !== null && (
          <Space orientation="vertical" className="page">
            <Typography.Paragraph>{t('courts.wizard.signIntro')}</Typography.Paragraph>
            <Button type="primary" size="large" icon={<EditOutlined />} onClick={() => setSigning(true)} data-testid="filing-sign">
              {t('courts.wizard.signButton')}
            </Button>
          </Space>
        )}
        {error !== null && <ErrorAlert error={error} />}
        <Space wrap className="courts-wizard-actions">
          <Button icon={<LeftOutlined />} disabled={step === 0 || busy} onClick={() => setStep((s) => Math.max(0, s - 1))} data-testid="filing-back">
            {t('courts.common.back')}
          </Button>
          {name !== 'sign' && (
            <Button type="primary" icon={<RightOutlined />} iconPlacement="end" loading={busy} disabled={nextDisabled} onClick={next} data-testid="filing-next">
              {t('courts.common.next')}
            </Button>
          )}
          {STEPS.indexOf(name) >= STEPS.indexOf('text') && STEPS.indexOf(name) <= STEPS.indexOf('appendix') && (
            <Button icon={<SaveOutlined />} onClick={saveDraft} disabled={busy}>{t('courts.wizard.saveDraft')}</Button>
          )}
        </Space>
      </Space>
      {draft !== null && (
        <DocumentSigningDialog
          open={signing}
          title={t('courts.wizard.signTitle')}
          summary={t('courts.wizard.signWhat', { title: draft.title, court: court?.name[language] ?? draft.court.name[language], count: draft.appendix.length })}
          start={startSigning}
          onClose={() => setSigning(false)}
          onSigned={signed}
        />
      )}
    </Card>
  );
}

