import { Alert, Button, Card, Descriptions, Space, Spin, Typography } from 'antd';
import { useCallback, useEffect, useRef, useState } from 'react';
import { licensingApi } from '../api/licensing-api.ts';
import type { LicensingApplication } from '../api/licensing-api.ts';
import { ApiError } from '../api/http-client.ts';
import { DocumentSigningDialog } from '../courts/document-signing-dialog.tsx';
import { ErrorAlert } from '../components/error-alert.tsx';
import { useLoad } from '../components/use-load.ts';
import { formatDay } from '../format/day.ts';
import { formatTiyn } from '../format/money.ts';
import { useTimeZone } from '../format/use-date-time.ts';
import { useUiLanguage } from '../i18n/use-ui-language.ts';
import { hrefFor } from '../router/hash-router.ts';
import { ApplicationDocuments } from './application-documents.tsx';
import { ApplicationResult, ApplicationSurvey } from './application-result.tsx';
import { StatusTag, daysLeftText } from './licensing-format.tsx';
import { useLicensingText } from './licensing-texts.ts';

/**
 * LIC-1, LIC-2, LIC-4: one application of the applicant — the documents of
 * the service (while a draft or returned for correction), the fee paid at
 * the payment gateway (its page is where the API sends us; back here the
 * payment is checked with the gateway), the ЭЦП signature in the common
 * signing dialog, then the number and the deadline; the result as PDF in
 * kk/ru and the survey (LIC-6); a return for correction is resubmitted here.
 */
export function ApplicationPage({ id, returned }: { id: string; returned: boolean }) {
  const lt = useLicensingText();
  const language = useUiLanguage();
  const timeZone = useTimeZone();
  const [loaded, reload] = useLoad(() => licensingApi.one(id), `licensing-application-${id}`);
  const [reference] = useLoad(() => licensingApi.reference(), 'licensing-reference');
  const [current, setCurrent] = useState<LicensingApplication | null>(null);
  const [error, setError] = useState<ApiError | null>(null);
  const [notice, setNotice] = useState<string | null>(null);
  const [busy, setBusy] = useState(false);
  const [signing, setSigning] = useState(false);

  useEffect(() => {
    if (loaded.status === 'ok') setCurrent(loaded.data);
  }, [loaded]);

  const act = useCallback(async (action: () => Promise<LicensingApplication | null>) => {
    setBusy(true);
    setError(null);
    setNotice(null);
    try {
      const next = await action();
      if (next !== null) setCurrent(next);
    } catch (e) {
      if (e instanceof ApiError) setError(e);
      reload();
    } finally {
      setBusy(false);
    }
  }, [reload]);

  const check = useCallback(() => act(async () => {
    const next = await licensingApi.checkPayment(id);
    if (next.status === 'draft') setNotice(lt('paymentPending'));
    return next;
  }), [act, id, lt]);

  // Back from the gateway (the return address carries `returned`): ask it once whether the fee was paid — after the
  // first load, so that load's older answer does not overwrite the check's.
  const checked = useRef(false);
  useEffect(() => {
    if (!returned || checked.current || loaded.status !== 'ok') return;
    checked.current = true;
    void check();
  }, [returned, loaded, check]);

  const startSigning = useCallback(() => licensingApi.startSigning(id), [id]);

  if (current === null) return loaded.status === 'error' ? <ErrorAlert error={loaded.error} /> : <Spin />;
  const a = current;
  const ref = reference.status === 'ok' ? reference.data : null;
  const editable = a.status === 'draft' || a.status === 'returned_for_correction';
  const complete = a.missingDocuments.length === 0;
  const decided = a.status === 'issued' || a.status === 'refused';
  const pay = () => act(async () => {
    const payment = await licensingApi.pay(id);
    window.location.assign(payment.redirectUrl);
    return null;
  });
  return (
    <Space orientation="vertical" size="large" className="page" data-testid="licensing-application-page">
      <a href={hrefFor('licensingMy')}>{lt('back')}</a>
      <Typography.Title level={1}>{lt('applicationTitle', { service: a.serviceName[language] })}</Typography.Title>
      <Descriptions bordered column={1} size="small">
        <Descriptions.Item label={lt('status')}><StatusTag application={a} language={language} /></Descriptions.Item>
        <Descriptions.Item label={lt('number')}><span data-testid="licensing-application-number">{a.number ?? lt('noNumber')}</span></Descriptions.Item>
        {a.deadline !== null && (
          <Descriptions.Item label={lt('deadline')}>
            <span data-testid="licensing-deadline">{formatDay(a.deadline, timeZone)}</span>
            {daysLeftText(a, lt) !== null && <Typography.Text type={a.overdue ? 'danger' : 'secondary'}> — {daysLeftText(a, lt)}</Typography.Text>}
          </Descriptions.Item>
        )}
        {a.fee !== null && (
          <Descriptions.Item label={lt('fee')}>
            {formatTiyn(String(a.fee.amountTiyn))}
            {!a.fee.confirmed && <Typography.Text type="secondary"> ({lt('feeUnconfirmed')})</Typography.Text>}
          </Descriptions.Item>
        )}
      </Descriptions>
      {a.number !== null && a.deadline !== null && !decided && (
        <Alert type="success" showIcon role="status" data-testid="licensing-registered"
          message={lt('registered', { number: a.number, deadline: formatDay(a.deadline, timeZone) })} />
      )}
      {a.status === 'returned_for_correction' && (
        <Alert type="warning" showIcon message={lt('correction')} description={a.correctionText ?? undefined} data-testid="licensing-correction" />
      )}
      {notice !== null && <Alert type="info" showIcon role="status" message={notice} />}
      {error !== null && <ErrorAlert error={error} />}
      <ApplicationDocuments application={a} reference={ref} editable={editable} onChanged={setCurrent} />
      {a.status === 'draft' && (
        <Card size="small" title={lt('stepPay')}>
          <Space wrap>
            <Button type="primary" disabled={!complete} loading={busy} onClick={() => void pay()} data-testid="licensing-pay">{lt('pay')}</Button>
            <Button disabled={!complete} loading={busy} onClick={() => void check()} data-testid="licensing-check-payment">{lt('checkPayment')}</Button>
          </Space>
        </Card>
      )}
      {a.status === 'paid' && (
        <Card size="small" title={lt('stepSign')}>
          <Space orientation="vertical">
            <Typography.Text data-testid="licensing-paid">{lt('paid')}</Typography.Text>
            <Button type="primary" onClick={() => setSigning(true)} data-testid="licensing-sign">{lt('sign')}</Button>
          </Space>
        </Card>
      )}
      {a.status === 'returned_for_correction' && (
        <Button type="primary" loading={busy} disabled={!complete} data-testid="licensing-resubmit"
          onClick={() => void act(() => licensingApi.resubmit(id, a.version))}>{lt('resubmit')}</Button>
      )}
      {decided && <ApplicationResult application={a} />}
      {decided && <ApplicationSurvey application={a} reference={ref} onDone={reload} />}
      <DocumentSigningDialog open={signing} title={lt('signTitle')} summary={lt('signSummary', { service: a.serviceName[language] })}
        start={startSigning} onClose={() => { setSigning(false); reload(); }} onSigned={() => { setSigning(false); reload(); }} />
    </Space>
  );
}
