import { DeleteOutlined, PlusOutlined } from '@ant-design/icons';
import { Alert, Button, Card, Descriptions, Form, Input, Radio, Select, Space, Typography } from 'antd';
import type { FormInstance } from 'antd';
import { regionById } from '@oryndau/kz';
import type { courts } from '@oryndau/domain';
import { useTranslation } from 'react-i18next';
import type { CourtReference, CourtsReference, PowerOfAttorneyView } from '../../api/courts-types.ts';
import { formatDay } from '../../format/day.ts';
import { formatTiyn } from '../../format/money.ts';
import { useUiLanguage } from '../../i18n/use-ui-language.ts';
import { claimAmountTiyn, courtsFor, iinBinProblem, previewDuty, regionsFor, servicesWithAmount, utcOffsetText } from '../filing-form.ts';
import type { PartyKind } from '../filing-form.ts';

export type PartyValues = { category?: courts.ParticipantCategory; kind: PartyKind; iinBin: string; name: string; address?: string };
export type FilingValues = {
  service?: courts.FilingService;
  targetCaseNumber?: string;
  /** 'self' or the id of a power of attorney the signed-in person is a trustee of (FILE-9). */
  onBehalf: string;
  regionId?: string;
  courtId?: string;
  form?: courts.CaseForm;
  category?: string;
  parties: PartyValues[];
  title?: string;
  body?: string;
  claimAmount?: string;
  appendix: { title?: string }[];
};

type StepProps = { form: FormInstance<FilingValues>; reference: CourtsReference };

/** Step 1: the service (FILE-2) and on whose behalf (FILE-9). */
export function ServiceStep({ reference, powers }: StepProps & { powers: PowerOfAttorneyView[] }) {
  const { t } = useTranslation();
  const language = useUiLanguage();
  const service = Form.useWatch('service') as courts.FilingService | undefined;
  const needsTarget = reference.services.find((s) => s.code === service)?.needsTargetCase === true;
  const power = reference.services.find((s) => s.code === service)?.power;
  const usable = powers.filter((p) => p.status === 'active' && !p.expired && (power === undefined || p.powers.some((x) => x.code === power)));
  return (
    <>
      <Form.Item name="service" label={t('courts.wizard.serviceLabel')} rules={[{ required: true, message: t('courts.wizard.serviceRequired') }]}>
        <Radio.Group className="courts-choice" data-testid="filing-service">
          <Space orientation="vertical">
            {reference.services.map((s) => <Radio key={s.code} value={s.code}>{s.name[language]}</Radio>)}
          </Space>
        </Radio.Group>
      </Form.Item>
      {needsTarget && (
        <Form.Item name="targetCaseNumber" label={t('courts.wizard.targetCase')} extra={t('courts.wizard.targetCaseHint')}
          rules={[{ required: true, whitespace: true, message: t('courts.wizard.targetCaseRequired') }]}>
          <Input maxLength={64} />
        </Form.Item>
      )}
      {usable.length > 0 && (
        <Form.Item name="onBehalf" label={t('courts.wizard.onBehalfOf')}>
          <Radio.Group data-testid="filing-on-behalf">
            <Space orientation="vertical">
              <Radio value="self">{t('courts.wizard.onBehalfSelf')}</Radio>
              {usable.map((p) => (
                <Radio key={p.id} value={p.id}>
                  {t('courts.wizard.onBehalfPoa', { name: p.principal.name, number: p.number, until: formatDay(p.validUntil, 'Asia/Almaty') })}
                </Radio>
              ))}
            </Space>
          </Radio.Group>
        </Form.Item>
      )}
    </>
  );
}

/** Step 2: the court from the reference, by region, with its zone and hours; the form and category. */
export function CourtStep({ form, reference }: StepProps) {
  const { t } = useTranslation();
  const language = useUiLanguage();
  const service = (Form.useWatch('service', form) ?? 'claim') as courts.FilingService;
  const regionId = Form.useWatch('regionId', form) as string | undefined;
  const courtId = Form.useWatch('courtId', form) as string | undefined;
  const regionName = (id: string) => regionById(id)?.name[language] ?? id;
  const available = regionId === undefined ? [] : courtsFor(reference.courts, service, regionId);
  const court = reference.courts.find((c) => c.id === courtId);
  const forms = reference.forms.filter((f) => court === undefined || court.forms.includes(f.code));
  return (
    <>
      <Form.Item name="regionId" label={t('courts.wizard.region')} rules={[{ required: true, message: t('courts.wizard.regionRequired') }]}>
        <Select showSearch={{ optionFilterProp: 'label' }} data-testid="filing-region"
          options={regionsFor(reference.courts, service).map((id) => ({ value: id, label: regionName(id) }))}
          onChange={() => form.setFieldsValue({ courtId: undefined })} />
      </Form.Item>
      {regionId !== undefined && available.length === 0 && <Alert type="warning" showIcon title={t('courts.wizard.courtNoneInRegion')} />}
      <Form.Item name="courtId" label={t('courts.wizard.courtLabel')} rules={[{ required: true, message: t('courts.wizard.courtRequired') }]}>
        <Select data-testid="filing-court" disabled={available.length === 0}
          options={available.map((c) => ({ value: c.id, label: c.name[language] }))}
          onChange={(id: string) => {
            const chosen = reference.courts.find((c) => c.id === id);
            const current = form.getFieldValue('form') as courts.CaseForm | undefined;
            if (chosen !== undefined && (current === undefined || !chosen.forms.includes(current))) form.setFieldsValue({ form: chosen.forms[0] });
          }} />
      </Form.Item>
      {court !== undefined && <CourtFacts court={court} />}
      <Form.Item name="form" label={t('courts.wizard.form')} rules={[{ required: true, message: t('courts.wizard.formRequired') }]}>
        <Radio.Group data-testid="filing-form">
          {forms.map((f) => <Radio key={f.code} value={f.code}>{f.name[language]}</Radio>)}
        </Radio.Group>
      </Form.Item>
      <Form.Item name="category" label={t('courts.wizard.category')} extra={t('courts.wizard.categoryHint')}>
        <Input maxLength={64} />
      </Form.Item>
    </>
  );
}

/** The court's address, working hours and zone (FILE-13: the receipt time is the court's own). */
export function CourtFacts({ court }: { court: CourtReference }) {
  const { t } = useTranslation();
  const language = useUiLanguage();
  return (
    <Descriptions size="small" column={1} bordered className="courts-facts" data-testid="court-facts">
      <Descriptions.Item label={t('courts.common.court')}>{court.name[language]}</Descriptions.Item>
      <Descriptions.Item label={t('courts.common.address')}>{court.address[language]}</Descriptions.Item>
      <Descriptions.Item label={t('courts.common.hoursLabel')}>
        <div>{t('courts.common.hours', { start: court.workdayStart, end: court.workdayEnd })}</div>
        <div>{t('courts.common.zone', { offset: utcOffsetText(court.timeZone, Date.now()) })}</div>
      </Descriptions.Item>
    </Descriptions>
  );
}

/** Step 3: the parties with IIN/BIN checked as typed, categories of the chosen form. */
export function PartiesStep({ form, reference }: StepProps) {
  const { t } = useTranslation();
  const language = useUiLanguage();
  const caseForm = (Form.useWatch('form', form) ?? 'civil') as courts.CaseForm;
  const categories = reference.participantCategories[caseForm];
  return (
    <>
      <Typography.Paragraph>{t('courts.wizard.partiesIntro')}</Typography.Paragraph>
      <Form.List name="parties" rules={[{ validator: async (_r, value: unknown[]) => {
        if (value.length === 0) throw new Error(t('courts.wizard.partiesRequired'));
      } }]}>
        {(fields, { add, remove }, { errors }) => (
          <Space orientation="vertical" className="page">
            {fields.map((field, index) => <PartyCard key={field.key} form={form} index={index} name={field.name} categories={categories}
              language={language} onRemove={() => remove(field.name)} />)}
            <Form.ErrorList errors={errors} />
            <Button icon={<PlusOutlined />} onClick={() => add({ kind: 'individual', iinBin: '', name: '' })} data-testid="party-add">
              {t('courts.wizard.partyAdd')}
            </Button>
          </Space>
        )}
      </Form.List>
    </>
  );
}

function PartyCard({ form, index, name, categories, language, onRemove }: {
  form: FormInstance<FilingValues>; index: number; name: number; categories: CourtsReference['participantCategories']['civil'];
  language: 'kk' | 'ru'; onRemove: () => void;
}) {
  const { t } = useTranslation();
  const kind = (Form.useWatch(['parties', name, 'kind'], form) ?? 'individual') as PartyKind;
  const iinBin = (Form.useWatch(['parties', name, 'iinBin'], form) ?? '') as string;
  const partyName = (Form.useWatch(['parties', name, 'name'], form) ?? '') as string;
  const typedProblem = iinBin === '' ? null : iinBinProblem(iinBin, kind);
  return (
    <Card size="small" data-testid={`party-${index}`}>
      <Space wrap align="start">
        <Form.Item name={[name, 'category']} label={t('courts.wizard.partyCategory')} rules={[{ required: true, message: t('courts.wizard.partyCategoryRequired') }]}>
          <Select className="courts-select" options={categories.map((c) => ({ value: c.code, label: c.name[language] }))} />
        </Form.Item>
        <Form.Item name={[name, 'kind']} label={t('courts.wizard.partyKind')}>
          <Radio.Group onChange={() => void form.validateFields([['parties', name, 'iinBin']]).catch(() => undefined)}>
            <Radio value="individual">{t('courts.wizard.partyKindIndividual')}</Radio>
            <Radio value="legal_entity">{t('courts.wizard.partyKindLegal')}</Radio>
          </Radio.Group>
        </Form.Item>
      </Space>
      <Space wrap align="start">
        <Form.Item name={[name, 'iinBin']} label={t('courts.wizard.partyIinBin')} validateTrigger={['onChange', 'onBlur']}
          // Checked as typed (the check digit too, @oryndau/kz); a right one is said so.
          {...(iinBin.length === 12 && typedProblem === null ? { validateStatus: 'success', help: t(kind === 'individual' ? 'courts.wizard.iinOk' : 'courts.wizard.binOk') } : {})}
          rules={[{ validator: async (_r, value: string | undefined) => {
            const problem = iinBinProblem(value ?? '', (form.getFieldValue(['parties', name, 'kind']) ?? 'individual') as PartyKind);
            if (problem !== null) throw new Error(t(`courts.wizard.${problem}`));
          } }]}>
          <Input inputMode="numeric" maxLength={12} className="courts-iin" />
        </Form.Item>
        <Form.Item name={[name, 'name']} label={t('courts.wizard.partyName')} rules={[{ required: true, whitespace: true, message: t('courts.wizard.partyNameRequired') }]}>
          <Input maxLength={300} className="courts-name" />
        </Form.Item>
        <Form.Item name={[name, 'address']} label={t('courts.wizard.partyAddress')}>
          <Input maxLength={500} className="courts-name" />
        </Form.Item>
        <Button icon={<DeleteOutlined />} onClick={onRemove} aria-label={t('courts.wizard.partyRemove', { name: partyName || String(index + 1) })} className="courts-remove" />
      </Space>
    </Card>
  );
}

/** Step 4: the title, the text, the claim's sum with the duty it costs (FILE-4), computed as typed. */
export function TextStep({ form, applicantKind, today }: { form: FormInstance<FilingValues>; applicantKind: PartyKind; today: string }) {
  const { t } = useTranslation();
  const language = useUiLanguage();
  const service = (Form.useWatch('service', form) ?? 'claim') as courts.FilingService;
  const amountText = Form.useWatch('claimAmount', form) as string | undefined;
  const withAmount = servicesWithAmount.includes(service);
  const duty = previewDuty({ service, applicantKind, amountTiyn: withAmount ? claimAmountTiyn(amountText) : undefined, today });
  return (
    <>
      <Form.Item name="title" label={t('courts.wizard.docTitle')} rules={[{ required: true, whitespace: true, message: t('courts.wizard.docTitleRequired') }]}>
        <Input maxLength={300} />
      </Form.Item>
      <Form.Item name="body" label={t('courts.wizard.body')} rules={[{ required: true, whitespace: true, message: t('courts.wizard.bodyRequired') }]}>
        <Input.TextArea rows={8} maxLength={50_000} />
      </Form.Item>
      {withAmount && (
        <Form.Item name="claimAmount" label={t('courts.wizard.claimAmount')} extra={t('courts.wizard.claimAmountHint')}
          rules={[{ validator: async (_r, value: string | undefined) => {
            if (claimAmountTiyn(value) === null) throw new Error(t('courts.wizard.claimAmountInvalid'));
          } }]}>
          <Input inputMode="decimal" className="courts-amount" />
        </Form.Item>
      )}
      {duty !== null && (
        <Alert type="info" showIcon data-testid="duty-preview"
          title={duty.amountTiyn === 0 ? t('courts.wizard.dutyNone') : t('courts.wizard.dutyComputed', { amount: formatTiyn(String(duty.amountTiyn)) })}
          description={t('courts.wizard.dutyBasis', { basis: duty.basis[language] })} />
      )}
    </>
  );
}
