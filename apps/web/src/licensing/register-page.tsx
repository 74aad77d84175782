import { Button, Form, Input, Select, Space, Spin, Table, Typography } from 'antd';
import { useState } from 'react';
import { licensingApi } from '../api/licensing-api.ts';
import type { Licence, RegisterSearchQuery } from '../api/licensing-api.ts';
import { ErrorAlert } from '../components/error-alert.tsx';
import { useLoad } from '../components/use-load.ts';
import { regionName, regionOptions } from '../enforcement/regions.ts';
import { formatDay } from '../format/day.ts';
import { useTimeZone } from '../format/use-date-time.ts';
import { useUiLanguage } from '../i18n/use-ui-language.ts';
import { useLicensingText } from './licensing-texts.ts';
import { RegisterActForm } from './register-act-form.tsx';

type Filters = { iin?: string; name?: string; number?: string; region?: string; status?: Licence['status'] };

/**
 * LIC-8: the licence register — search by IIN, name, number, region and
 * status; the filtered register as CSV or XLSX (plain links, the cookie
 * session downloads them); a register act (suspend, resume, terminate) with
 * its ground, signed with ЭЦП.
 */
export function RegisterPage() {
  const lt = useLicensingText();
  const language = useUiLanguage();
  const timeZone = useTimeZone();
  const [query, setQuery] = useState<RegisterSearchQuery>({});
  const [loaded, reload] = useLoad(() => licensingApi.register(query), `licensing-register-${JSON.stringify(query)}`);
  const [reference] = useLoad(() => licensingApi.reference(), 'licensing-reference');
  const [acting, setActing] = useState<Licence | null>(null);
  const statuses: [Licence['status'], string][] = [['valid', lt('licenceValid')], ['suspended', lt('licenceSuspended')],
    ['terminated', lt('licenceTerminated')], ['replaced', lt('licenceReplaced')]];
  const search = (f: Filters) => {
    const next: RegisterSearchQuery = {};
    if (f.iin?.trim()) next.iin = f.iin.trim();
    if (f.name?.trim()) next.name = f.name.trim();
    if (f.number?.trim()) next.number = f.number.trim();
    if (f.region) next.region = f.region;
    if (f.status) next.status = f.status;
    setQuery(next);
  };
  const columns = [
    { title: lt('licenceNumber'), key: 'number', render: (_: unknown, l: Licence) => <span data-testid="register-number">{l.number}</span> },
    { title: lt('licensee'), key: 'licensee', render: (_: unknown, l: Licence) => `${l.licenseeName} (${lt('iin')} ${l.licenseeIin})` },
    { title: lt('region'), key: 'region', render: (_: unknown, l: Licence) => regionName(l.regionKato, language) },
    { title: lt('issuedOn'), key: 'issuedOn', render: (_: unknown, l: Licence) => formatDay(l.issuedOn, timeZone) },
    { title: lt('status'), key: 'status', render: (_: unknown, l: Licence) => (
      <span data-testid="register-status">{l.statusName[language]}{l.statusSince === null ? '' : ` (${lt('since', { date: formatDay(l.statusSince, timeZone) })})`}</span>
    ) },
    { title: lt('act'), key: 'act', render: (_: unknown, l: Licence) => (l.status === 'valid' || l.status === 'suspended') && (
      <Button size="small" onClick={() => setActing(l)} aria-label={`${lt('act')}: ${l.number}`}>{lt('act')}</Button>
    ) },
  ];
  return (
    <Space orientation="vertical" size="large" className="page" data-testid="licensing-register-page">
      <Typography.Title level={1}>{lt('registerTitle')}</Typography.Title>
      <Form<Filters> layout="inline" onFinish={search}>
        <Form.Item name="iin" label={lt('searchIin')}><Input maxLength={12} inputMode="numeric" /></Form.Item>
        <Form.Item name="name" label={lt('searchName')}><Input maxLength={200} /></Form.Item>
        <Form.Item name="number" label={lt('searchNumber')}><Input maxLength={20} /></Form.Item>
        <Form.Item name="region" label={lt('searchRegion')}>
          <Select allowClear showSearch optionFilterProp="label" style={{ minWidth: 200 }} options={regionOptions(language)} placeholder={lt('any')} />
        </Form.Item>
        <Form.Item name="status" label={lt('searchStatus')}>
          <Select allowClear style={{ minWidth: 160 }} options={statuses.map(([value, label]) => ({ value, label }))} placeholder={lt('any')} />
        </Form.Item>
        <Button type="primary" htmlType="submit" data-testid="register-search">{lt('search')}</Button>
      </Form>
      <Space wrap>
        <a href={licensingApi.exportUrl(query, 'csv')} download data-testid="register-csv">{lt('exportCsv')}</a>
        <a href={licensingApi.exportUrl(query, 'xlsx')} download data-testid="register-xlsx">{lt('exportXlsx')}</a>
      </Space>
      {loaded.status === 'loading' && <Spin />}
      {loaded.status === 'error' && <ErrorAlert error={loaded.error} />}
      {loaded.status === 'ok' && (
        <Table<Licence> rowKey="id" pagination={{ pageSize: 20, hideOnSinglePage: true }} columns={columns} dataSource={loaded.data.items}
          locale={{ emptyText: lt('noLicences') }} data-testid="register-table" />
      )}
      {acting !== null && (
        <RegisterActForm key={acting.id} licence={acting} reference={reference.status === 'ok' ? reference.data : null}
          onClose={() => setActing(null)} onDone={() => { setActing(null); reload(); }} />
      )}
    </Space>
  );
}
