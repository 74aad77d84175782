import { Alert, Button, Card, Radio, Space, Typography } from 'antd';
import { useState } from 'react';
import { licensingApi } from '../api/licensing-api.ts';
import type { LicensingApplication, LicensingReference } from '../api/licensing-api.ts';
import { ApiError } from '../api/http-client.ts';
import { ErrorAlert } from '../components/error-alert.tsx';
import { useUiLanguage } from '../i18n/use-ui-language.ts';
import { useLicensingText } from './licensing-texts.ts';

/** LIC-4: the result (licence or refusal) as PDF in Kazakh or Russian — plain links, the cookie session downloads them. */
export function ApplicationResult({ application }: { application: LicensingApplication }) {
  const lt = useLicensingText();
  const language = useUiLanguage();
  return (
    <Card size="small" title={lt('result')} data-testid="licensing-result">
      <Space orientation="vertical">
        {application.licence !== null && (
          <Typography.Text strong data-testid="licensing-licence-number">{lt('licenceIssued', { number: application.licence.number })}</Typography.Text>
        )}
        {application.refusal !== null && (
          <div>
            <Typography.Text strong>{lt('refusal')}:</Typography.Text>
            <ul>{application.refusal.reasons.map((r) => <li key={r.code}>{r.name[language]}</li>)}</ul>
            {application.refusal.text !== null && <Typography.Paragraph>{application.refusal.text}</Typography.Paragraph>}
          </div>
        )}
        <Space wrap>
          <Typography.Text>{lt('resultPdf')}:</Typography.Text>
          <a href={licensingApi.resultUrl(application.id, 'kk')} download data-testid="licensing-pdf-kk" lang="kk">{lt('downloadKk')}</a>
          <a href={licensingApi.resultUrl(application.id, 'ru')} download data-testid="licensing-pdf-ru" lang="ru">{lt('downloadRu')}</a>
        </Space>
      </Space>
    </Card>
  );
}

/** LIC-6: the two questions on the 3-point scale, once, after the result. */
export function ApplicationSurvey({ application, reference, onDone }: { application: LicensingApplication; reference: LicensingReference | null;
  onDone: () => void }) {
  const lt = useLicensingText();
  const language = useUiLanguage();
  const [answers, setAnswers] = useState<Record<string, number>>({});
  const [error, setError] = useState<ApiError | null>(null);
  const [busy, setBusy] = useState(false);
  if (application.surveyAnswered) return <Alert type="success" showIcon message={lt('surveyThanks')} data-testid="licensing-survey-done" />;
  const questions = reference?.survey ?? [];
  const send = async () => {
    setBusy(true);
    setError(null);
    try {
      await licensingApi.survey(application.id, { process: answers['process'] ?? 0, information: answers['information'] ?? 0 });
      onDone();
    } catch (e) {
      if (e instanceof ApiError) setError(e);
    } finally {
      setBusy(false);
    }
  };
  const scale = [[1, lt('surveyScale1')], [2, lt('surveyScale2')], [3, lt('surveyScale3')]] as const;
  return (
    <Card size="small" title={lt('surveyTitle')} data-testid="licensing-survey">
      <Space orientation="vertical" size="middle">
        {questions.map((q) => (
          <fieldset key={q.code} className="licensing-fieldset">
            <legend>{q.text[language]}</legend>
            <Radio.Group value={answers[q.code]} onChange={(e) => setAnswers((a) => ({ ...a, [q.code]: Number(e.target.value) }))}
              data-testid={`licensing-survey-${q.code}`}
              options={scale.map(([value, label]) => ({ value, label }))} />
          </fieldset>
        ))}
        {error !== null && <ErrorAlert error={error} />}
        <Button type="primary" loading={busy} disabled={questions.some((q) => answers[q.code] === undefined)} onClick={() => void send()}
          data-testid="licensing-survey-send">{lt('surveySend')}</Button>
      </Space>
    </Card>
  );
}
