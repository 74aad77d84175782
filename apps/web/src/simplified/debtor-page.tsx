import { Alert, Button, Spin } from 'antd';
import { lazy, Suspense, useCallback, useEffect, useRef, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { ApiError } from '../api/http-client.ts';
import { ErrorAlert } from '../components/error-alert.tsx';
import { asApiError } from '../components/use-load.ts';
import { useUiLanguage } from '../i18n/use-ui-language.ts';
import { DebtorActions } from './debtor-actions.tsx';
import { DebtorDecision, DebtorDocuments } from './debtor-documents.tsx';
import { debtorModel } from './debtor-model.ts';
import { isPaymentReturn, isPlausibleToken } from './debtor-path.ts';
import { DebtorSummary } from './debtor-summary.tsx';
import { PAYMENT_POLL_INTERVAL_MS, paymentNotice, shouldPoll } from './payment-return.ts';
import type { PaymentNotice } from './payment-return.ts';
import { PublicHeader } from './public-header.tsx';
import { debtorApi } from './simplified-api.ts';
import type { DebtorView } from './simplified-types.ts';
import { timeLeft } from './time-left.ts';
import { useTick } from './use-tick.ts';
import './simplified.css';

// ISSUE-13 item 12: antd's Result carries three large illustrations; only a broken or
// throttled link shows it, so it is loaded then and not with the page.
const Result = lazy(() => import('antd/es/result'));

type Loaded =
  | { status: 'loading' }
  | { status: 'ok'; view: DebtorView; receivedAt: number }
  | { status: 'error'; error: ApiError };

type ActionProblem = { kind: 'conflict' } | { kind: 'failed'; error: ApiError };

const noticeType: Record<PaymentNotice, 'info' | 'success' | 'warning'> = {
  waitingBank: 'info',
  paymentProcessing: 'info',
  stillPending: 'warning',
  notCompleted: 'warning',
  paymentConfirmed: 'success',
};

/** Only a web address may take the debtor away from here (never `javascript:` or the like). */
function gatewayAddress(redirectUrl: string): string | null {
  try {
    const url = new URL(redirectUrl, window.location.href);
    return url.protocol === 'https:' || url.protocol === 'http:' ? url.toString() : null;
  } catch {
    return null;
  }
}

/**
 * SIMP-3, SIMP-4, SIMP-6: the page the SMS link opens, `/s/<token>`. No
 * sign-in — the token is the credential and reaches only this case — so
 * nothing of the signed-in system is on it. Phone first.
 */
export function DebtorPage({ token }: { token: string }) {
  const { t } = useTranslation();
  const language = useUiLanguage();
  const plausible = isPlausibleToken(token);
  const [loaded, setLoaded] = useState<Loaded>(() => (plausible
    ? { status: 'loading' }
    : { status: 'error', error: new ApiError(404, 'not_found', '') }));
  // Back from the payment gateway (`?payment=return`): when, on this browser's clock.
  const [returnedAt] = useState<number | null>(() => (isPaymentReturn(window.location.search) ? Date.now() : null));
  const [pollRound, setPollRound] = useState(0);
  const [confirming, setConfirming] = useState(false);
  const [busy, setBusy] = useState<'pay' | 'disagree' | null>(null);
  const [problem, setProblem] = useState<ActionProblem | null>(null);
  const statusRef = useRef<HTMLParagraphElement>(null);
  const polling = loaded.status === 'ok' && shouldPoll(loaded.view, returnedAt, Date.now());
  const now = useTick(polling ? 1_000 : 30_000);

  const show = useCallback((view: DebtorView) => setLoaded({ status: 'ok', view, receivedAt: Date.now() }), []);
  const load = useCallback(() => debtorApi.view(token).then(show, (error: unknown) => setLoaded({ status: 'error', error: asApiError(error) })), [token, show]);

  useEffect(() => {
    // The gateway's parameters have done their work; a reload later should not claim a fresh return.
    if (returnedAt !== null) window.history.replaceState(window.history.state, '', window.location.pathname);
  }, [returnedAt]);

  useEffect(() => {
    if (plausible) void load();
  }, [plausible, load]);

  // SIMP-4: after the gateway, ask every 2 s until the bank's confirmation has closed the case (about 30 s at most).
  useEffect(() => {
    if (loaded.status !== 'ok' || !shouldPoll(loaded.view, returnedAt, Date.now())) return;
    const timer = setTimeout(() => {
      debtorApi.view(token).then(show, () => setPollRound((round) => round + 1));
    }, PAYMENT_POLL_INTERVAL_MS);
    return () => clearTimeout(timer);
  }, [loaded, returnedAt, pollRound, token, show]);

  // When the countdown runs out with the page open, ask the server once what became of the case.
  const expiredFor = useRef<string | null>(null);
  const view = loaded.status === 'ok' ? loaded.view : null;
  const left = view === null || loaded.status !== 'ok' ? null : timeLeft(view, now - loaded.receivedAt);
  useEffect(() => {
    if (view === null || view.status !== 'initiated' || left?.expired !== true || expiredFor.current === view.expiresAt) return;
    expiredFor.current = view.expiresAt;
    void load();
  }, [view, left?.expired, load]);

  const failAction = (error: unknown) => {
    const apiError = asApiError(error);
    if (apiError.status === 409) {
      // Someone (the deadline, the bank) changed the case first: show what it is now.
      setProblem({ kind: 'conflict' });
      setConfirming(false);
      void load();
    } else setProblem({ kind: 'failed', error: apiError });
  };

  const pay = () => {
    setBusy('pay');
    setProblem(null);
    debtorApi.pay(token).then(({ redirectUrl }) => {
      const address = gatewayAddress(redirectUrl);
      if (address === null) throw new ApiError(502, 'bad_redirect', t('error.unexpected', { status: 502 }));
      // The button stays busy while the browser leaves for the gateway.
      window.location.assign(address);
    }).catch((error: unknown) => {
      setBusy(null);
      failAction(error);
    });
  };

  const disagree = () => {
    setBusy('disagree');
    setProblem(null);
    void debtorApi.disagree(token).then((next) => {
      show(next);
      setConfirming(false);
      statusRef.current?.focus();
    }, failAction).finally(() => setBusy(null));
  };

  const model = loaded.status === 'ok' ? debtorModel(loaded.view, language) : null;
  const notice = loaded.status === 'ok' ? paymentNotice(loaded.view, returnedAt, now) : null;

  return (
    <div className="simp-layout">
      <PublicHeader />
      <main className="simp-main" id="main-content">
        <h1 className="simp-title">{t('simp.debtor.heading')}</h1>
        {loaded.status === 'loading' && <div className="simp-centered"><Spin size="large" description={t('simp.debtor.loading')} /></div>}
        {loaded.status === 'error' && <LoadProblem error={loaded.error} onRetry={() => void load()} />}
        {loaded.status === 'ok' && model !== null && (
          <>
            {notice !== null && (
              <Alert type={noticeType[notice]} showIcon data-testid={`simp-payment-${notice}`} title={t(`simp.debtor.${notice}`)}
                {...(notice === 'waitingBank' ? { icon: <Spin size="small" /> } : {})}
                action={notice === 'stillPending' || notice === 'paymentProcessing'
                  ? <Button onClick={() => void load()}>{t('simp.debtor.refresh')}</Button> : undefined} />
            )}
            {problem !== null && (problem.kind === 'conflict'
              ? <Alert type="warning" showIcon data-testid="simp-action-error" title={t('simp.debtor.conflict')} />
              : <ActionError error={problem.error} />)}
            <DebtorSummary model={model} left={model.open ? left : null} language={language} statusRef={statusRef} />
            <DebtorActions
              model={model}
              confirming={confirming}
              busy={busy}
              onPay={pay}
              onDisagree={() => {
                setProblem(null);
                setConfirming(true);
              }}
              onConfirm={disagree}
              onBack={() => setConfirming(false)}
            />
            <DebtorDocuments documents={model.documents} language={language} />
            <DebtorDecision view={loaded.view} decisionDate={model.decisionDate} caseOpenedOn={model.caseOpenedOn} />
            <p className="simp-hint simp-footnote">{t('simp.debtor.keepPrivate')}</p>
          </>
        )}
      </main>
    </div>
  );
}

function ActionError({ error }: { error: ApiError }) {
  const { t } = useTranslation();
  if (error.status === 429) {
    return <Alert type="warning" showIcon data-testid="simp-action-error" data-code={error.code} title={t('simp.debtor.rateLimitedTitle')} description={t('simp.debtor.rateLimitedText')} />;
  }
  return <div data-testid="simp-action-error"><ErrorAlert error={error} title={t('simp.debtor.actionFailed')} /></div>;
}

/** 404: the link is wrong or garbled; 429: too many tries from here; anything else may pass with a retry. */
function LoadProblem({ error, onRetry }: { error: ApiError; onRetry: () => void }) {
  const { t } = useTranslation();
  if (error.status === 404) {
    return <Suspense fallback={<Spin />}><Result status="warning" title={t('simp.debtor.notFoundTitle')} subTitle={t('simp.debtor.notFoundText')} data-testid="simp-not-found" /></Suspense>;
  }
  if (error.status === 429) {
    return (
      <Suspense fallback={<Spin />}>
        <Result status="warning" title={t('simp.debtor.rateLimitedTitle')} subTitle={t('simp.debtor.rateLimitedText')} data-testid="simp-rate-limited"
          extra={<Button size="large" className="simp-tap" onClick={onRetry}>{t('simp.debtor.retry')}</Button>} />
      </Suspense>
    );
  }
  return (
    <div data-testid="simp-load-failed">
      <ErrorAlert error={error} title={t('simp.debtor.loadFailed')}
        extra={<div><Button size="large" className="simp-tap simp-retry" onClick={onRetry}>{t('simp.debtor.retry')}</Button></div>} />
    </div>
  );
}
