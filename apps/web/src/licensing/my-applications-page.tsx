import { Button, Card, Form, Input, Select, Space, Spin, Table, Typography } from 'antd';
import { useState } from 'react';
import { licensingApi } from '../api/licensing-api.ts';
import type { LicensingApplication, LicensingApplicationBody } from '../api/licensing-api.ts';
import { ApiError } from '../api/http-client.ts';
import { ErrorAlert } from '../components/error-alert.tsx';
import { useLoad } from '../components/use-load.ts';
import { regionOptions } from '../enforcement/regions.ts';
import { formatDay } from '../format/day.ts';
import { useTimeZone } from '../format/use-date-time.ts';
import { useUiLanguage } from '../i18n/use-ui-language.ts';
import { hrefFor, navigate } from '../router/hash-router.ts';
import { StatusTag, daysLeftText, resultText } from './licensing-format.tsx';
import { useLicensingText } from './licensing-texts.ts';

type NewValues = { service: LicensingApplicationBody['service']; reason?: string; licenceNumber?: string; regionKato: string; email?: string;
  language: 'kk' | 'ru' };

/**
 * LIC-4: «Менің өтініштерім» — the applicant's licence applications with
 * status, number, deadline and working days left, and the result; a new
 * application starts here (the service, and for a re-issue or duplicate the
 * reason and the licence), then continues on its own page (documents, fee,
 * signature).
 */
export function MyApplicationsPage() {
  const lt = useLicensingText();
  const language = useUiLanguage();
  const timeZone = useTimeZone();
  const [loaded] = useLoad(() => licensingApi.mine(), 'licensing-mine');
  const [reference] = useLoad(() => licensingApi.reference(), 'licensing-reference');
  const [error, setError] = useState<ApiError | null>(null);
  const [busy, setBusy] = useState(false);
  const [form] = Form.useForm<NewValues>();
  const service = Form.useWatch('service', form);

  const create = async (values: NewValues) => {
    setBusy(true);
    setError(null);
    try {
      const created = await licensingApi.create({
        service: values.service, regionKato: values.regionKato, language: values.language,
        email: values.email?.trim() ? values.email.trim() : null,
        reason: values.service === 'issue' ? null : values.reason ?? null,
        licenceNumber: values.service === 'issue' ? null : values.licenceNumber?.trim() ?? null,
      });
      navigate('licensingApplication', { id: created.id });
    } catch (e) {
      if (e instanceof ApiError) setError(e);
    } finally {
      setBusy(false);
    }
  };

  const reasons = reference.status !== 'ok' ? [] : service === 'reissue' ? reference.data.reissueReasons
    : service === 'duplicate' ? reference.data.duplicateReasons : [];
  const columns = [
    { title: lt('service'), key: 'service', render: (_: unknown, a: LicensingApplication) => (
      <a href={hrefFor('licensingApplication', { id: a.id })} aria-label={lt('openOf', { service: a.serviceName[language], date: formatDay(a.createdAt, timeZone) })}>
        {a.serviceName[language]}
      </a>
    ) },
    { title: lt('number'), key: 'number', render: (_: unknown, a: LicensingApplication) => <span data-testid="licensing-number">{a.number ?? lt('noNumber')}</span> },
    { title: lt('status'), key: 'status', render: (_: unknown, a: LicensingApplication) => <StatusTag application={a} language={language} /> },
    { title: lt('deadline'), key: 'deadline', render: (_: unknown, a: LicensingApplication) => (
      <Space orientation="vertical" size={0}>
        <span>{formatDay(a.deadline, timeZone)}</span>
        {daysLeftText(a, lt) !== null && <Typography.Text type={a.overdue ? 'danger' : 'secondary'}>{daysLeftText(a, lt)}</Typography.Text>}
      </Space>
    ) },
    { title: lt('result'), key: 'result', render: (_: unknown, a: LicensingApplication) => resultText(a, lt, language) },
  ];
  return (
    <Space orientation="vertical" size="large" className="page" data-testid="licensing-my-page">
      <Typography.Title level={1}>{lt('myTitle')}</Typography.Title>
      <Typography.Paragraph>{lt('myIntro')}</Typography.Paragraph>
      {loaded.status === 'loading' && <Spin />}
      {loaded.status === 'error' && <ErrorAlert error={loaded.error} />}
      {loaded.status === 'ok' && (
        <Table<LicensingApplication> rowKey="id" dataSource={loaded.data.items} columns={columns} pagination={false}
          locale={{ emptyText: lt('empty') }} data-testid="licensing-applications" />
      )}
      <Card title={<Typography.Title level={2} style={{ margin: 0, fontSize: 18 }}>{lt('newTitle')}</Typography.Title>} size="small">
        <Form<NewValues> form={form} layout="vertical" requiredMark onFinish={(v) => void create(v)}
          initialValues={{ service: 'issue', language }}>
          <Form.Item name="service" label={lt('service')} rules={[{ required: true, message: lt('required') }]}>
            <Select data-testid="licensing-service"
              options={reference.status === 'ok' ? reference.data.services.map((s) => ({ value: s.code, label: s.name[language] })) : []} />
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
            <Select showSearch optionFilterProp="label" options={regionOptions(language)} data-testid="licensing-region" />
          </Form.Item>
          <Form.Item name="email" label={lt('email')}>
            <Input type="email" maxLength={200} autoComplete="email" />
          </Form.Item>
          <Form.Item name="language" label={lt('language')} rules={[{ required: true, message: lt('required') }]}>
            <Select options={[{ value: 'kk', label: lt('langKk') }, { value: 'ru', label: lt('langRu') }]} />
          </Form.Item>
          {error !== null && <ErrorAlert error={error} />}
          <Button type="primary" htmlType="submit" loading={busy} data-testid="licensing-create">{lt('create')}</Button>
        </Form>
      </Card>
    </Space>
  );
}
