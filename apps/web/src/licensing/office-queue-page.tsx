import { Button, Space, Spin, Switch, Table, Tag, Typography } from 'antd';
import { useState } from 'react';
import { licensingApi } from '../api/licensing-api.ts';
import type { LicensingApplication } from '../api/licensing-api.ts';
import { ErrorAlert } from '../components/error-alert.tsx';
import { useLoad } from '../components/use-load.ts';
import { formatDay } from '../format/day.ts';
import { useTimeZone } from '../format/use-date-time.ts';
import { useUiLanguage } from '../i18n/use-ui-language.ts';
import { hrefFor, navigate } from '../router/hash-router.ts';
import { StatusTag, daysLeftText } from './licensing-format.tsx';
import { useLicensingText } from './licensing-texts.ts';

/** Not yet the licensor's: the applicant's own draft, paid or being signed. */
const BEFORE_REGISTRATION = new Set<LicensingApplication['status']>(['draft', 'paid', 'signed']);

/**
 * LIC-3, LIC-5: the licensing officer's queue — registered applications with
 * their deadline and working days left; overdue ones are flagged in words and
 * may be shown alone (the server's overdue timer flags them).
 */
export function OfficeQueuePage() {
  const lt = useLicensingText();
  const language = useUiLanguage();
  const timeZone = useTimeZone();
  const [overdue, setOverdue] = useState(false);
  const [loaded] = useLoad(() => licensingApi.queue(overdue), `licensing-queue-${String(overdue)}`);
  const columns = [
    { title: lt('number'), key: 'number', render: (_: unknown, a: LicensingApplication) => (
      <a href={hrefFor('licensingReview', { id: a.id })}>{a.number ?? lt('noNumber')}</a>
    ) },
    { title: lt('applicant'), key: 'applicant', render: (_: unknown, a: LicensingApplication) => `${a.fullName} (${lt('iin')} ${a.applicantIin})` },
    { title: lt('service'), key: 'service', render: (_: unknown, a: LicensingApplication) => a.serviceName[language] },
    { title: lt('status'), key: 'status', render: (_: unknown, a: LicensingApplication) => <StatusTag application={a} language={language} /> },
    { title: lt('deadline'), key: 'deadline', render: (_: unknown, a: LicensingApplication) => (
      <Space orientation="vertical" size={0}>
        <span>{formatDay(a.deadline, timeZone)}</span>
        {a.overdue && <Tag color="red" data-testid="licensing-overdue">{lt('overdue')}</Tag>}
        {daysLeftText(a, lt) !== null && <Typography.Text type={a.overdue ? 'danger' : 'secondary'}>{daysLeftText(a, lt)}</Typography.Text>}
      </Space>
    ) },
  ];
  const switchId = 'licensing-only-overdue';
  return (
    <Space orientation="vertical" size="large" className="page" data-testid="licensing-office-page">
      <Typography.Title level={1}>{lt('officeTitle')}</Typography.Title>
      <Typography.Paragraph>{lt('officeIntro')}</Typography.Paragraph>
      <Button type="primary" onClick={() => navigate('licensingStaffNew')} data-testid="licensing-staff-new">{lt('staffNew')}</Button>
      <Space>
        <Switch id={switchId} checked={overdue} onChange={setOverdue} />
        <label htmlFor={switchId}>{lt('onlyOverdue')}</label>
      </Space>
      {loaded.status === 'loading' && <Spin />}
      {loaded.status === 'error' && <ErrorAlert error={loaded.error} />}
      {loaded.status === 'ok' && (
        <Table<LicensingApplication> rowKey="id" pagination={false} columns={columns} locale={{ emptyText: lt('empty') }}
          dataSource={loaded.data.items.filter((a) => !BEFORE_REGISTRATION.has(a.status))} data-testid="licensing-queue" />
      )}
    </Space>
  );
}
