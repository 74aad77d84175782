import { Card, Descriptions, Space, Spin, Typography } from 'antd';
import { licensingApi } from '../api/licensing-api.ts';
import type { LicensingDashboard } from '../api/licensing-api.ts';
import { ErrorAlert } from '../components/error-alert.tsx';
import { useLoad } from '../components/use-load.ts';
import { useUiLanguage } from '../i18n/use-ui-language.ts';
import { useLicensingText } from './licensing-texts.ts';

const percent = (share: number | null, language: string) => (share === null ? '—'
  : new Intl.NumberFormat(language === 'kk' ? 'kk-KZ' : 'ru-RU', { style: 'percent', maximumFractionDigits: 1 }).format(share));
const mean = (value: number | null, language: string) => (value === null ? '—'
  : new Intl.NumberFormat(language === 'kk' ? 'kk-KZ' : 'ru-RU', { maximumFractionDigits: 2 }).format(value));

/** LIC-5, LIC-6: the licensor's figures — the survey's answers by score and the share of applications decided in time. */
export function LicensingDashboardPage() {
  const lt = useLicensingText();
  const language = useUiLanguage();
  const [loaded] = useLoad(() => licensingApi.dashboard(), 'licensing-dashboard');
  const scores = (part: LicensingDashboard['process']) => (
    <Descriptions column={1} size="small">
      <Descriptions.Item label={lt('surveyScale1')}>{part[1]}</Descriptions.Item>
      <Descriptions.Item label={lt('surveyScale2')}>{part[2]}</Descriptions.Item>
      <Descriptions.Item label={lt('surveyScale3')}>{part[3]}</Descriptions.Item>
      <Descriptions.Item label={lt('mean')}>{mean(part.mean, language)}</Descriptions.Item>
    </Descriptions>
  );
  return (
    <Space orientation="vertical" size="large" className="page" data-testid="licensing-dashboard-page">
      <Typography.Title level={1}>{lt('dashboardTitle')}</Typography.Title>
      {loaded.status === 'loading' && <Spin />}
      {loaded.status === 'error' && <ErrorAlert error={loaded.error} />}
      {loaded.status === 'ok' && (
        <>
          <Descriptions bordered column={1} size="small">
            <Descriptions.Item label={lt('decidedCount')}>{loaded.data.decided}</Descriptions.Item>
            <Descriptions.Item label={lt('inTime')}><span data-testid="licensing-in-time">{percent(loaded.data.shareDecidedInTime, language)}</span></Descriptions.Item>
            <Descriptions.Item label={lt('overdueCount')}>{loaded.data.overdue}</Descriptions.Item>
            <Descriptions.Item label={lt('answers')}><span data-testid="licensing-answers">{loaded.data.answers}</span></Descriptions.Item>
          </Descriptions>
          <Card size="small" title={lt('surveyProcess')}>{scores(loaded.data.process)}</Card>
          <Card size="small" title={lt('surveyInformation')}>{scores(loaded.data.information)}</Card>
        </>
      )}
    </Space>
  );
}
