import { Alert, Button, Card, Descriptions, Form, Input, Select, Space, Typography } from 'antd';
import { useState } from 'react';
import { isValidIin } from '@oryndau/kz';
import { licensingApi } from '../api/licensing-api.ts';
import type { LicensingApplication, LicensingReview } from '../api/licensing-api.ts';
import { ApiError } from '../api/http-client.ts';
import { ErrorAlert } from '../components/error-alert.tsx';
import { useLoad } from '../components/use-load.ts';
import { regionOptions } from '../enforcement/regions.ts';
import { formatDay } from '../format/day.ts';
import { useTimeZone } from '../format/use-date-time.ts';
import { useUiLanguage } from '../i18n/use-ui-language.ts';
import { hrefFor } from '../router/hash-router.ts';
import { ApplicationDocuments } from './application-documents.tsx';
import { useLicensingText } from './licensing-texts.ts';

type EntryValues = { applicantIin: string; service: LicensingApplication['service']; reason?: string; licenceNumber?: string; regionKato: string;
  email?: string; language: 'kk' | 'ru' };

const GBD_FIELDS = [['surname', 'gbdSurname'], ['name', 'gbdName'], ['patronymic', 'gbdPatronymic'], ['birthDate', 'gbdBirthDate'],
  ['address', 'gbdAddress']] as const;

/** Checked as typed: digits only, 12 of them, with a valid check digit. */
function iinProblem(value: string | undefined): 'required' | 'staffIinInvalid' | null {
  const text = (value ?? '').trim();
  if (text === '') return 'required';
  return /^\d{12}$/.test(text) && isValidIin(text) ? null : 'staffIinInvalid';
}

/**
 * LIC-3 (seed §7): the staff channel. The licensor's employee enters the
 * applicant who came in person — the IIN is checked against ГБД ФЛ by the
 * server (absent: refused at once, the reason shown); the paper documents
 * are marked presented, each with its scan; then the application is
 * registered (number and deadline) and goes to review.
 */
export function StaffEntryPage() {
  const lt = useLicensingText();
  const language = useUiLanguage();
  const timeZone = useTimeZone();
  const [reference] = useLoad(() => licensingApi.reference(), 'licensing-reference');
  const [form] = Form.useForm<EntryValues>();
  const service = Form.useWatch('service', form);
  const [current, setCurrent] = useState<LicensingApplication | null>(null);
  const [gbd, setGbd] = useState<LicensingReview['gbdPerson']>(null);
  const [error, setError] = useState<ApiError | null>(null);
  const [refusal, setRefusal] = useState<ApiError | null>(null);
  const [busy, setBusy] = useState(false);

  const enter = async (values: EntryValues) => {
    setBusy(true);
    setError(null);
    setRefusal(null);
    try {
      const created = await licensingApi.enterStaff({
        applicantIin: values.applicantIin.trim(), service: values.service, regionKato: values.regionKato, language: values.language,
        email: values.email?.trim() ? values.email.trim() : null,
        reason: values.service === 'issue' ? null : values.reason ?? null,
        licenceNumber: values.service === 'issue' ? null : values.licenceNumber?.trim() ?? null,
      });
      setCurrent(created);
      // The record ГБД ФЛ returned is kept with the application; the officer's view of a draft shows it (no review begins).
      setGbd((await licensingApi.review(created.id)).gbdPerson);
    } catch (e) {
      if (e instanceof ApiError && e.code === 'licensing.person_not_found') setRefusal(e);
      else if (e instanceof ApiError) setError(e);
    } finally {
      setBusy(false);
    }
  };

  const register = async (a: LicensingApplication) => {
    setBusy(true);
    setError(null);
    try {
      setCurrent(await licensingApi.registerStaff(a.id, a.version));
    } catch (e) {
      if (e instanceof ApiError) setError(e);
    } finally {
      setBusy(false);
    }
  };

  const startOver = () => {
    setCurrent(null);
    setGbd(null);
    setError(null);
    setRefusal(null);
    form.resetFields();
  };

  const ref = reference.status === 'ok' ? reference.data : null;
  const reasons = ref === null ? [] : service === 'reissue' ? ref.reissueReasons : service === 'duplicate' ? ref.duplicateReasons : [];
  const a = current;
  return (
    <Space orientation="vertical" size="large" className="page" data-testid="licensing-staff-page">
      <a href={hrefFor('licensingOffice')}>{lt('officeBack')}</a>
      <Typography.Title level={1}>{lt('staffTitle')}</Typography.Title>
      <Typography.Paragraph>{lt('staffIntro')}</Typography.Paragraph>
      {a === null && (
        <Card size="small" title={<Typography.Title level={2} style={{ margin: 0, fontSize: 18 }}>{lt('staffApplicant')}</Typography.Title>}>
          <Form<EntryValues> form={form} layout="vertical" requiredMark onFinish={(v) => void enter(v)} initialValues={{ service: 'issue', language }}>
            <Form.Item name="applicantIin" label={lt('iin')} validateTrigger="onChange" hasFeedback
              rules={[{ validator: (_, value: string | undefined) => {
                const problem = iinProblem(value);
                return problem === null ? Promise.resolve() : Promise.reject(new Error(lt(problem)));
              } }]}>
              <Input inputMode="numeric" maxLength={12} autoComplete="off" data-testid="licensing-staff-iin" />
            </Form.Item>
            <Form.Item name="service" label={lt('service')} rules={[{ required: true, message: lt('required') }]}>
              <Select options={ref === null ? [] : ref.services.map((s) => ({ value: s.code, label: s.name[language] }))} />
            </Form.Item>
            {service !== undefined && service !== 'issue' && (
              <>
                <Form.Item name="reason" label={lt('reason')} rules={[{ required: true, message: lt('required') }]}>
                  <Select options={reasons.map((r) => ({ value: r.code, label: r.name[language] }))} />
                </Form.Item>
                <Form.Item name="licenceNumber" label={lt('licenceNumber')} rules={[{ required: true, whitespace: true, message: lt('required') }]}>
                  <Input maxLength={20} />
                </Form.Item>
              </>
            )}
            <Form.Item name="regionKato" label={lt('region')} rules={[{ required: true, message: lt('required') }]}>
              <Select showSearch optionFilterProp="label" options={regionOptions(language)} />
            </Form.Item>
            <Form.Item name="email" label={lt('email')}>
              <Input type="email" maxLength={200} autoComplete="off" />
            </Form.Item>
            <Form.Item name="language" label={lt('language')} rules={[{ required: true, message: lt('required') }]}>
              <Select options={[{ value: 'kk', label: lt('langKk') }, { value: 'ru', label: lt('langRu') }]} />
            </Form.Item>
            {refusal !== null && (
              <Alert type="error" showIcon role="alert" data-testid="licensing-staff-refused" message={lt('staffRefused')} description={refusal.message} />
            )}
            {error !== null && <ErrorAlert error={error} />}
            <Button type="primary" htmlType="submit" loading={busy} data-testid="licensing-staff-enter">{lt('staffEnter')}</Button>
          </Form>
        </Card>
      )}
      {a !== null && (
        <>
          <Descriptions bordered column={1} size="small">
            <Descriptions.Item label={lt('applicant')}><span data-testid="licensing-staff-name">{a.fullName}</span></Descriptions.Item>
            <Descriptions.Item label={lt('iin')}>{a.applicantIin}</Descriptions.Item>
            <Descriptions.Item label={lt('service')}>{a.serviceName[language]}</Descriptions.Item>
            <Descriptions.Item label={lt('status')}>{a.statusName[language]}</Descriptions.Item>
          </Descriptions>
          <Card size="small" title={lt('gbd')} data-testid="licensing-gbd">
            {gbd === null ? lt('gbdNone') : (
              <Descriptions column={1} size="small">
                {GBD_FIELDS.filter(([field]) => typeof gbd[field] === 'string' && gbd[field] !== '').map(([field, label]) => (
                  <Descriptions.Item key={field} label={lt(label)}>
                    {field === 'birthDate' ? formatDay(String(gbd[field]), timeZone) : String(gbd[field])}
                  </Descriptions.Item>
                ))}
              </Descriptions>
            )}
          </Card>
          {error !== null && <ErrorAlert error={error} />}
          <ApplicationDocuments application={a} reference={ref} editable={a.status === 'draft'} paper onChanged={setCurrent} />
          {a.status === 'draft' && (
            <Button type="primary" loading={busy} disabled={a.missingDocuments.length > 0} onClick={() => void register(a)}
              data-testid="licensing-staff-register">{lt('staffRegister')}</Button>
          )}
          {a.number !== null && a.deadline !== null && (
            <Alert type="success" showIcon role="status" data-testid="licensing-registered"
              message={lt('registered', { number: a.number, deadline: formatDay(a.deadline, timeZone) })}
              description={<a href={hrefFor('licensingReview', { id: a.id })} data-testid="licensing-staff-review">{lt('staffToReview')}</a>} />
          )}
          <Button onClick={startOver} data-testid="licensing-staff-another">{lt('staffAnother')}</Button>
        </>
      )}
    </Space>
  );
}
