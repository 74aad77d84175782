import { CheckCircleFilled, CloseCircleFilled, LoginOutlined } from '@ant-design/icons';
import { Alert, Button, Descriptions, Space, Spin, Typography } from 'antd';
import { licensingApi } from '../api/licensing-api.ts';
import { ErrorAlert } from '../components/error-alert.tsx';
import { useLoad } from '../components/use-load.ts';
import { formatDay } from '../format/day.ts';
import { useTimeZone } from '../format/use-date-time.ts';
import { useUiLanguage } from '../i18n/use-ui-language.ts';
import { useLicensingText } from './licensing-texts.ts';

/**
 * LIC-8: the public page the licence PDF's QR code opens,
 * /verify/licence/<number> — no sign-in; the licence's CURRENT status in
 * the register (valid; suspended or terminated since a day; replaced), not
 * what the paper says.
 */
export function LicenceVerifyPage({ number }: { number: string }) {
  const lt = useLicensingText();
  const language = useUiLanguage();
  const timeZone = useTimeZone();
  const [loaded] = useLoad(() => licensingApi.verify(number), `licence-verify-${number}`);
  return (
    <main className="content" id="main-content">
      <Space orientation="vertical" size="large" className="page" data-testid="licence-verify-page">
        <Typography.Title level={1}>{lt('verifyTitle')}</Typography.Title>
        <Typography.Paragraph>{lt('verifyIntro')}</Typography.Paragraph>
        {loaded.status === 'loading' && <Spin />}
        {loaded.status === 'error' && (loaded.error.status === 404
          ? <Alert type="warning" showIcon message={lt('verifyNotFound')} data-testid="licence-verify-not-found" />
          : <ErrorAlert error={loaded.error} />)}
        {loaded.status === 'ok' && (
          <>
            <Alert showIcon type={loaded.data.status === 'valid' ? 'success' : 'error'} data-testid="licence-verify-verdict"
              icon={loaded.data.status === 'valid' ? <CheckCircleFilled aria-hidden /> : <CloseCircleFilled aria-hidden />}
              message={loaded.data.status === 'valid' ? lt('valid') : lt('notValid')} />
            <Descriptions bordered column={1} size="small">
              <Descriptions.Item label={lt('licenceNumber')}><span data-testid="licence-verify-number">{loaded.data.number}</span></Descriptions.Item>
              <Descriptions.Item label={lt('licensee')}>{loaded.data.licensee}</Descriptions.Item>
              <Descriptions.Item label={lt('activity')}>{loaded.data.activity[language]}</Descriptions.Item>
              <Descriptions.Item label={lt('issuedOn')}>{formatDay(loaded.data.issuedOn, timeZone)}</Descriptions.Item>
              <Descriptions.Item label={lt('status')}>
                <span data-testid="licence-verify-status">
                  {loaded.data.statusName[language]}
                  {loaded.data.statusSince === null || loaded.data.status === 'valid' ? '' : ` (${lt('since', { date: formatDay(loaded.data.statusSince, timeZone) })})`}
                </span>
              </Descriptions.Item>
            </Descriptions>
          </>
        )}
        <Button href="/" icon={<LoginOutlined aria-hidden />}>{lt('toApp')}</Button>
      </Space>
    </main>
  );
}

