import { useId, useState } from 'react';
import type { ChangeEvent, FormEvent } from 'react';
import { ApiError } from '../api/http-client.ts';
import type { UiLanguage } from '../i18n/ui-language.ts';
import { enpApi } from './enp-api.ts';
import type { EnpCatalog } from './enp-catalog.ts';
import { formatEnpInstant } from './enp-format.ts';
import { EnpLink } from './enp-link.tsx';
import type { EnpView } from './enp-path.ts';
import { acceptIinInput, iinState } from './enp-iin.ts';
import { useEnpTexts } from './enp-texts.ts';

// «Поиск судебного дела» (issue 16 items 2 and 9, ENP-3): IIN and password,
// the seed's three-step how-to. A refusal says one thing whatever was wrong
// (the server answers one 401), and a lockout says until when.

type Failure = { kind: 'credentials' } | { kind: 'locked'; retryAt: string } | { kind: 'other'; message: string };

export function failureOf(error: unknown): Failure {
  if (error instanceof ApiError) {
    if (error.status === 401) return { kind: 'credentials' };
    const retryAt = error.details?.['retryAt'];
    if (error.status === 429 && typeof retryAt === 'string') return { kind: 'locked', retryAt };
    return { kind: 'other', message: error.message };
  }
  return { kind: 'other', message: '' };
}

export function failureText(failure: Failure, texts: EnpCatalog, language: UiLanguage): string {
  if (failure.kind === 'credentials') return texts.search.credentials;
  if (failure.kind === 'locked') return texts.search.lockedUntil(formatEnpInstant(failure.retryAt, language));
  return failure.message === '' ? texts.failed : failure.message;
}

export function EnpSearchPage({ onSignedIn, go }: { onSignedIn: () => void; go: (view: EnpView) => void }) {
  const { texts, language } = useEnpTexts();
  const id = useId();
  const [iin, setIin] = useState('');
  const [rejected, setRejected] = useState(false);
  const [password, setPassword] = useState('');
  const [tried, setTried] = useState(false);
  const [busy, setBusy] = useState(false);
  const [failure, setFailure] = useState<Failure | null>(null);
  const state = iinState(iin);

  const onIin = (event: ChangeEvent<HTMLInputElement>) => {
    const accepted = acceptIinInput(event.target.value);
    setIin(accepted.value);
    setRejected(accepted.rejected);
  };
  const iinInvalid = state !== 'complete' && (tried || state === 'short');
  const iinMessage = rejected ? texts.search.iinDigitsOnly
    : state === 'complete' ? texts.search.iinComplete
      : state === 'short' || tried ? texts.search.iinRemaining(12 - iin.length) : '';
  const passwordInvalid = tried && password === '';

  const onSubmit = async (event: FormEvent<HTMLFormElement>) => {
    event.preventDefault();
    setTried(true);
    setFailure(null);
    if (state !== 'complete') {
      document.getElementById(`${id}-iin`)?.focus();
      return;
    }
    if (password === '') {
      document.getElementById(`${id}-password`)?.focus();
      return;
    }
    setBusy(true);
    try {
      await enpApi.signIn(iin, password);
      onSignedIn();
    } catch (error) {
      setFailure(failureOf(error));
      setPassword('');
    } finally {
      setBusy(false);
    }
  };

  return (
    <section aria-labelledby={`${id}-heading`} className="enp-search">
      <h1 id={`${id}-heading`} className="enp-heading">{texts.search.heading}</h1>
      <div className="enp-search__columns">
        <form className="enp-form" noValidate onSubmit={(event) => void onSubmit(event)}>
          <div className="enp-field">
            <label htmlFor={`${id}-iin`}>{texts.search.iin}</label>
            <input id={`${id}-iin`} name="iin" value={iin} onChange={onIin} inputMode="numeric" autoComplete="username" maxLength={12}
              pattern="[0-9]{12}" required aria-invalid={iinInvalid || rejected} aria-describedby={`${id}-iin-message`} data-testid="enp-iin" />
            <p id={`${id}-iin-message`} className={`enp-field__message${iinInvalid || rejected ? ' enp-field__message--error' : ''}`} aria-live="polite">
              {iinMessage}
            </p>
          </div>
          <div className="enp-field">
            <label htmlFor={`${id}-password`}>{texts.search.password}</label>
            <input id={`${id}-password`} name="password" type="password" value={password} onChange={(event) => setPassword(event.target.value)}
              autoComplete="current-password" maxLength={64} required aria-invalid={passwordInvalid}
              aria-describedby={`${id}-password-message`} data-testid="enp-password" />
            <p id={`${id}-password-message`} className="enp-field__message enp-field__message--error" aria-live="polite">
              {passwordInvalid ? texts.search.passwordMissing : ''}
            </p>
          </div>
          <div role="alert" className="enp-alert" data-testid="enp-search-error">
            {failure === null ? null : failureText(failure, texts, language)}
          </div>
          <button type="submit" className="enp-button" disabled={busy} aria-busy={busy}>{busy ? texts.search.busy : texts.search.submit}</button>
        </form>
        <div className="enp-howto">
          <p>{texts.search.howToHeading}</p>
          <ol>
            {texts.search.howTo.map((step, index) => <li key={index} value={index + 1}>{`(${index + 1}) ${step}`}</li>)}
          </ol>
          {/* Issue 16 item 5 (ENP-7): the other way to a password — online, signed with ЭЦП. */}
          <p>{texts.apply.intro} <EnpLink view="apply" go={go} className="enp-apply-link">{texts.apply.link}</EnpLink></p>
        </div>
      </div>
    </section>
  );
}
