import { DownloadOutlined, ReloadOutlined } from '@ant-design/icons';
import { Alert, Button, Card, DatePicker, Space, Spin, Table, Typography } from 'antd';
import type { TableColumnsType } from 'antd';
import dayjs from 'dayjs';
import type { Dayjs } from 'dayjs';
import 'dayjs/locale/kk';
import 'dayjs/locale/ru';
import { useState } from 'react';
import type { ReactNode } from 'react';
import { useTranslation } from 'react-i18next';
import { ErrorAlert } from '../components/error-alert.tsx';
import { namedArrows } from '../components/pagination-arrows.tsx';
import { useLoad } from '../components/use-load.ts';
import { formatDay, todayIn } from '../format/day.ts';
import { useUiLanguage } from '../i18n/use-ui-language.ts';
import { DashboardChart } from './dashboard-chart.tsx';
import { chartSeries, defaultRange, formatShare, isAcceptableRange, medianParts } from './dashboard-model.ts';
import { dashboardApi, dashboardCsvUrl } from './simplified-api.ts';
import type { DayRange } from './simplified-api.ts';
import type { Dashboard, DashboardDay } from './simplified-types.ts';
import { formatDuration } from './time-left.ts';
import './simplified.css';

/** The pilot's days are Kazakhstan's calendar days (the API counts in this zone). */
const PILOT_ZONE = 'Asia/Almaty';
const ISO = 'YYYY-MM-DD';

/**
 * SIMP-1: how the pilot goes, for the ministry (administrators, senior
 * bailiffs): totals, a chart of counts by status per day, the days as a
 * table and the same as CSV for Excel.
 */
export function DashboardPage() {
  const { t } = useTranslation();
  const language = useUiLanguage();
  const [range, setRange] = useState<DayRange>(() => defaultRange(todayIn(PILOT_ZONE)));
  const [tooLong, setTooLong] = useState(false);
  const [loaded, reload] = useLoad(() => dashboardApi.load(range), `${range.from}|${range.to}`);

  const onRange = (dates: [Dayjs | null, Dayjs | null] | null) => {
    const [from, to] = dates ?? [null, null];
    if (from === null || to === null) return;
    const next = { from: from.format(ISO), to: to.format(ISO) };
    const acceptable = isAcceptableRange(next);
    setTooLong(!acceptable);
    if (acceptable) setRange(next);
  };

  return (
    <Space orientation="vertical" size="large" className="page" data-testid="simp-dashboard">
      <Typography.Title level={1}>{t('simp.dashboard.title')}</Typography.Title>
      <div className="simp-dashboard__bar">
        <label htmlFor="simp-dashboard-range">{t('simp.dashboard.period')}</label>
        <DatePicker.RangePicker
          id={{ start: 'simp-dashboard-range' }}
          value={[dayjs(range.from).locale(language), dayjs(range.to).locale(language)]}
          format="DD.MM.YYYY"
          allowClear={false}
          disabledDate={(day) => day.format(ISO) > todayIn(PILOT_ZONE)}
          onChange={onRange}
          data-testid="simp-dashboard-range"
        />
        <Button icon={<ReloadOutlined />} onClick={reload}>{t('simp.dashboard.refresh')}</Button>
        <Button icon={<DownloadOutlined />} href={dashboardCsvUrl(range, language)} download data-testid="simp-dashboard-csv">
          {t('simp.dashboard.exportCsv')}
        </Button>
        <Typography.Text type="secondary">{t('strings.dashboard.zone')}</Typography.Text>
      </div>
      {tooLong && <Alert type="warning" showIcon title={t('simp.dashboard.periodTooLong')} data-testid="simp-dashboard-too-long" />}
      {loaded.status === 'loading' && <Spin />}
      {loaded.status === 'error' && <ErrorAlert error={loaded.error} />}
      {loaded.status === 'ok' && <DashboardBody dashboard={loaded.data} />}
    </Space>
  );
}

function DashboardBody({ dashboard }: { dashboard: Dashboard }) {
  const { t } = useTranslation();
  const language = useUiLanguage();
  const { totals } = dashboard;
  const none = t('simp.dashboard.noValue');
  const median = medianParts(totals.medianTimeToPaySeconds);
  const kpis: [string, ReactNode, string?][] = [
    ['received', totals.received],
    ['initiated', totals.initiated],
    ['terminated', totals.terminated],
    ['cancelledExpired', totals.cancelledExpired],
    ['cancelledDisagreed', totals.cancelledDisagreed],
    ['ordinary', totals.ordinary],
    ['paidInTimeShare', formatShare(totals.paidInTimeShare, language) ?? none, t('simp.dashboard.paidInTimeShareHint')],
    ['medianTimeToPay', median === null ? none : formatDuration(median, language, (key, count) => t(key, { count }))],
    ['pending', totals.pending],
  ];
  const empty = dashboard.days.every((day) => chartSeries.every((s) => day[s.key] === 0) && day.received === 0);

  return (
    <div className="simp-dashboard__body">
      <div className="simp-kpis" data-testid="simp-dashboard-totals">
        {kpis.map(([key, value, hint]) => (
          <div key={key} className="simp-kpi">
            <div className="simp-kpi__label" id={`simp-kpi-${key}`}>{t(`simp.dashboard.${key}`)}</div>
            <div className="simp-kpi__value" data-testid={`simp-total-${key}`} aria-labelledby={`simp-kpi-${key}`}>{value}</div>
            {hint !== undefined && <div className="simp-kpi__hint">{hint}</div>}
          </div>
        ))}
      </div>
      <Card title={t('simp.dashboard.chartTitle')}>
        {empty && <Typography.Paragraph type="secondary">{t('simp.dashboard.chartEmpty')}</Typography.Paragraph>}
        <DashboardChart days={dashboard.days} zone={dashboard.zone} />
      </Card>
      <Card title={t('simp.dashboard.table')}>
        <DaysTable dashboard={dashboard} />
      </Card>
    </div>
  );
}

const countKeys = ['received', ...chartSeries.map((s) => s.key)] as const;

function DaysTable({ dashboard }: { dashboard: Dashboard }) {
  const { t } = useTranslation();
  const columns: TableColumnsType<DashboardDay> = [
    { title: t('simp.dashboard.date'), dataIndex: 'date', key: 'date', render: (date: string) => formatDay(date, dashboard.zone), fixed: 'left' },
    ...countKeys.map((key) => ({ title: t(`simp.dashboard.${key}`), dataIndex: key, key, align: 'right' as const })),
  ];
  return (
    <Table<DashboardDay>
      data-testid="simp-dashboard-table"
      size="small"
      rowKey="date"
      columns={columns}
      dataSource={dashboard.days}
      pagination={{ pageSize: 31, hideOnSinglePage: true, showSizeChanger: false, itemRender: namedArrows(t) }}
      scroll={{ x: 'max-content' }}
      summary={() => (
        <Table.Summary.Row>
          <Table.Summary.Cell index={0}><strong>{t('simp.dashboard.total')}</strong></Table.Summary.Cell>
          {countKeys.map((key, index) => (
            <Table.Summary.Cell key={key} index={index + 1} align="right"><strong>{dashboard.totals[key]}</strong></Table.Summary.Cell>
          ))}
        </Table.Summary.Row>
      )}
    />
  );
}
