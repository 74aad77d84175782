import { DeleteOutlined, EditOutlined, PlusOutlined, StopOutlined } from '@ant-design/icons';
import { App, Button, Card, Checkbox, Form, Input, Popconfirm, Space, Spin, Table, Tabs, Tag, Typography } from 'antd';
import type { TableColumnsType } from 'antd';
import { courts } from '@oryndau/domain';
import { useCallback, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { courtsApi } from '../../api/courts-api.ts';
import type { PowerOfAttorneyView } from '../../api/courts-types.ts';
import type { ApiError } from '../../api/http-client.ts';
import { ErrorAlert } from '../../components/error-alert.tsx';
import { asApiError, useLoad } from '../../components/use-load.ts';
import { dayTextToIso, formatDay } from '../../format/day.ts';
import { useUiLanguage } from '../../i18n/use-ui-language.ts';
import { DocumentSigningDialog } from '../document-signing-dialog.tsx';
import { iinBinProblem } from '../filing-form.ts';

type Values = { powers: courts.PoaPower[]; trustees: { iin: string }[]; validFrom?: string; validUntil?: string; summary?: string };
const day = (iso: string) => formatDay(iso, 'Asia/Almaty');

/** FILE-9, SIG-8: «Сенімхаттар» — issue (powers, trustees by IIN, validity, summary) and sign; mine and where I am a trustee; revoke at once. */
export function PowersPage() {
  const { t } = useTranslation();
  const [issued, reloadIssued] = useLoad(() => courtsApi.powersIssued(), 'issued');
  const [trusted] = useLoad(() => courtsApi.powersTrusted(), 'trusted');
  const [signing, setSigning] = useState<PowerOfAttorneyView | null>(null);
  return (
    <Space orientation="vertical" size="large" className="page">
      <Typography.Title level={1}>{t('courts.powers.title')}</Typography.Title>
      <Typography.Paragraph>{t('courts.powers.intro')}</Typography.Paragraph>
      <Tabs items={[
        {
          key: 'mine', label: t('courts.powers.mine'), children: (
            <Space orientation="vertical" size="large" className="page">
              {issued.status === 'loading' && <Spin />}
              {issued.status === 'error' && <ErrorAlert error={issued.error} />}
              {issued.status === 'ok' && <PowerTable items={issued.data.items} mine onSign={setSigning} onChanged={reloadIssued} />}
              <IssueForm onCreated={(poa) => { reloadIssued(); setSigning(poa); }} />
            </Space>
          ),
        },
        {
          key: 'forMe', label: t('courts.powers.forMe'), children: (
            <>
              {trusted.status === 'loading' && <Spin />}
              {trusted.status === 'error' && <ErrorAlert error={trusted.error} />}
              {trusted.status === 'ok' && <PowerTable items={trusted.data.items} mine={false} onSign={setSigning} onChanged={reloadIssued} />}
            </>
          ),
        },
      ]} />
      {signing !== null && (
        <PowerSigning poa={signing} onClose={() => setSigning(null)} onSigned={() => { setSigning(null); reloadIssued(); }} />
      )}
    </Space>
  );
}

function PowerSigning({ poa, onClose, onSigned }: { poa: PowerOfAttorneyView; onClose: () => void; onSigned: () => void }) {
  const { t } = useTranslation();
  const start = useCallback(() => courtsApi.startPowerSigning(poa.id), [poa.id]);
  return <DocumentSigningDialog open title={t('courts.powers.signTitle')} summary={`№ ${poa.number}`} start={start} onClose={onClose} onSigned={onSigned} />;
}

function statusOf(poa: PowerOfAttorneyView): 'draft' | 'active' | 'revoked' | 'expired' {
  if (poa.status === 'active' && poa.expired) return 'expired';
  return poa.status;
}

function PowerTable({ items, mine, onSign, onChanged }: {
  items: PowerOfAttorneyView[]; mine: boolean; onSign: (poa: PowerOfAttorneyView) => void; onChanged: () => void;
}) {
  const { t } = useTranslation();
  const language = useUiLanguage();
  const { message } = App.useApp();
  const [error, setError] = useState<ApiError | null>(null);
  const revoke = async (poa: PowerOfAttorneyView) => {
    setError(null);
    try {
      await courtsApi.revokePower(poa.id, poa.version);
      void message.success(t('courts.powers.revoked'));
      onChanged();
    } catch (caught) {
      setError(asApiError(caught));
    }
  };
  const colour = { draft: 'default', active: 'green', revoked: 'red', expired: 'gold' } as const;
  const columns: TableColumnsType<PowerOfAttorneyView> = [
    { title: t('courts.common.number'), dataIndex: 'number', key: 'number' },
    mine
      ? { title: t('courts.powers.trustees'), key: 'trustees', render: (_v, p) => p.trustees.map((x) => `${x.name} (${x.iin})`).join(', ') }
      : { title: t('courts.powers.principal'), key: 'principal', render: (_v, p) => `${p.principal.name} (${p.principal.iinBin})` },
    { title: t('courts.powers.powersLabel'), key: 'powers', render: (_v, p) => p.powers.map((x) => x.name[language]).join('; ') },
    { title: t('courts.powers.validity'), key: 'validity', render: (_v, p) => t('courts.powers.validityValue', { from: day(p.validFrom), until: day(p.validUntil) }) },
    { title: t('courts.common.status'), key: 'status', render: (_v, p) => <Tag color={colour[statusOf(p)]}>{t(`courts.powers.status.${statusOf(p)}`)}</Tag> },
    ...(mine ? [{
      title: t('courts.office.actions'), key: 'actions', fixed: 'right' as const,
      render: (_v: unknown, p: PowerOfAttorneyView) => (
        <Space>
          {p.status === 'draft' && <Button size="small" icon={<EditOutlined />} onClick={() => onSign(p)}>{t('courts.powers.sign')}</Button>}
          {p.status === 'active' && (
            <Popconfirm title={t('courts.powers.revokeQuestion')} onConfirm={() => void revoke(p)} okText={t('courts.powers.revoke')} cancelText={t('courts.common.cancel')}>
              <Button size="small" danger icon={<StopOutlined />}>{t('courts.powers.revoke')}</Button>
            </Popconfirm>
          )}
        </Space>
      ),
    }] : []),
  ];
  return (
    <>
      {error !== null && <ErrorAlert error={error} />}
      <Table<PowerOfAttorneyView> rowKey="id" size="small" columns={columns} dataSource={items} pagination={false} scroll={{ x: 'max-content' }}
        locale={{ emptyText: t('courts.powers.empty') }} aria-label={mine ? t('courts.powers.mine') : t('courts.powers.forMe')} />
    </>
  );
}

function IssueForm({ onCreated }: { onCreated: (poa: PowerOfAttorneyView) => void }) {
  const { t } = useTranslation();
  const language = useUiLanguage();
  const [form] = Form.useForm<Values>();
  const [busy, setBusy] = useState(false);
  const [error, setError] = useState<ApiError | null>(null);
  const submit = async () => {
    const values = await form.validateFields();
    setBusy(true);
    setError(null);
    try {
      const created = await courtsApi.createPower({
        powers: values.powers, trustees: values.trustees.map((x) => ({ iin: x.iin.trim() })),
        validFrom: dayTextToIso(values.validFrom) ?? '', validUntil: dayTextToIso(values.validUntil) ?? '', summary: values.summary ?? '',
      });
      form.resetFields();
      onCreated(created);
    } catch (caught) {
      setError(asApiError(caught));
    } finally {
      setBusy(false);
    }
  };
  const dayRule = { validator: async (_r: unknown, value: string | undefined) => {
    if (dayTextToIso(value) === null) throw new Error(t('courts.powers.validityRequired'));
  } };
  return (
    <Card title={<Typography.Title level={2} className="courts-card-title">{t('courts.powers.issue')}</Typography.Title>} size="small">
      <Form form={form} layout="vertical" requiredMark={false} initialValues={{ powers: [], trustees: [{ iin: '' }] }}>
        <Form.Item name="powers" label={t('courts.powers.powersLabel')} rules={[{ validator: async (_r, value: unknown[] | undefined) => {
          // A validator, not `required`: antd would put aria-required on the checkbox group's <div>, which axe refuses.
          if ((value ?? []).length === 0) throw new Error(t('courts.powers.powersRequired'));
        } }]}>
          <Checkbox.Group role="group" aria-label={t('courts.powers.powersLabel')}>
            <Space orientation="vertical">
              {courts.POA_POWERS.map((p) => <Checkbox key={p} value={p}>{courts.POA_POWER_TEXTS[p][language]}</Checkbox>)}
            </Space>
          </Checkbox.Group>
        </Form.Item>
        <Form.List name="trustees">
          {(fields, { add, remove }) => (
            <Space orientation="vertical">
              {fields.map((field) => (
                <Space key={field.key} align="start">
                  <Form.Item name={[field.name, 'iin']} label={t('courts.powers.trusteeIin')} rules={[{ validator: async (_r, value: string | undefined) => {
                    const problem = iinBinProblem(value ?? '', 'individual');
                    if (problem !== null) throw new Error(t(`courts.wizard.${problem}`));
                  } }]}>
                    <Input inputMode="numeric" maxLength={12} className="courts-iin" />
                  </Form.Item>
                  {fields.length > 1 && <Button icon={<DeleteOutlined />} className="courts-remove" onClick={() => remove(field.name)}
                    aria-label={t('courts.powers.trusteeRemove', { iin: String(field.name + 1) })} />}
                </Space>
              ))}
              <Button icon={<PlusOutlined />} onClick={() => add({ iin: '' })}>{t('courts.powers.trusteeAdd')}</Button>
            </Space>
          )}
        </Form.List>
        <Space wrap>
          <Form.Item name="validFrom" label={t('courts.powers.validFrom')} rules={[dayRule]}><Input placeholder="ДД.ММ.ГГГГ" className="courts-iin" /></Form.Item>
          <Form.Item name="validUntil" label={t('courts.powers.validUntil')} dependencies={['validFrom']} rules={[dayRule, ({ getFieldValue }) => ({
            validator: async (_r, value: string | undefined) => {
              const from = dayTextToIso(getFieldValue('validFrom') as string | undefined);
              const until = dayTextToIso(value);
              if (from !== null && until !== null && until < from) throw new Error(t('courts.powers.validityOrder'));
            },
          })]}><Input placeholder="ДД.ММ.ГГГГ" className="courts-iin" /></Form.Item>
        </Space>
        <Form.Item name="summary" label={t('courts.powers.summary')} rules={[{ required: true, whitespace: true, message: t('courts.powers.summaryRequired') }]}>
          <Input.TextArea rows={3} maxLength={2000} />
        </Form.Item>
        {error !== null && <ErrorAlert error={error} />}
        <Button type="primary" icon={<EditOutlined />} loading={busy} onClick={() => void submit().catch(() => undefined)}>{t('courts.powers.create')}</Button>
      </Form>
    </Card>
  );
}
