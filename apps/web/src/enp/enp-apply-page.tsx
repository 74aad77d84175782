import { courts } from '@oryndau/domain';
import { lazy, Suspense, useCallback, useEffect, useId, useMemo, useState } from 'react';
import type { FormEvent } from 'react';
import type { EnpCourt } from '@oryndau/contracts';
import { api } from '../api/api.ts';
import { enpApplicationsApi } from '../api/enp-applications-api.ts';
import type { EnpApplicationView } from '../api/enp-applications-api.ts';
import { ApiError } from '../api/http-client.ts';
import type { User } from '../api/types.ts';
import { utf8Bytes } from '../signing/base64.ts';
import { sameHash, sha256Hex } from '../signing/sha256.ts';
import type { SigningTask } from '../signing/use-signing-flow.ts';
import { enpApi } from './enp-api.ts';
import { enpApplyTexts } from './enp-apply-texts.ts';
import { fileProblem, MAX_FILES } from './enp-apply-files.ts';
import { EnpMyApplications } from './enp-my-applications.tsx';
import { useEnpTexts } from './enp-texts.ts';

// The one signing dialog of the web (key file or NCALayer, SIG-2/SIG-3), loaded when it is opened.
const SigningDialog = lazy(() => import('../signing/signing-dialog.tsx').then((m) => ({ default: m.SigningDialog })));

type Fields = { courtId: string; caseNumber: string; category: string; email: string };
const EMPTY: Fields = { courtId: '', caseNumber: '', category: '', email: '' };
const EMAIL = /^[^\s@]+@[^\s@]+\.[^\s@]+$/;

/**
 * Issue 16 item 5 (ENP-7): the online application for a ЭНП password on the
 * public portal — the person signs in with ЭЦП (the cabinet session), names
 * the court, the case, their category and an e-mail, attaches documents (a
 * power of attorney…), signs the application with their ЭЦП and gets its
 * number; below, «my applications» with their status and a refusal's reason
 * in the language on screen.
 */
export function EnpApplyPage() {
  const { language } = useEnpTexts();
  const t = enpApplyTexts[language];
  const id = useId();
  const [user, setUser] = useState<User | null | undefined>(undefined);
  const [courtList, setCourtList] = useState<EnpCourt[]>([]);
  const [mine, setMine] = useState<EnpApplicationView[] | null>(null);
  const [fields, setFields] = useState<Fields>(EMPTY);
  const [files, setFiles] = useState<File[]>([]);
  const [tried, setTried] = useState(false);
  const [busy, setBusy] = useState(false);
  const [error, setError] = useState('');
  const [draft, setDraft] = useState<EnpApplicationView | null>(null);
  const [signing, setSigning] = useState(false);
  const [signInOpen, setSignInOpen] = useState(false);
  const [registered, setRegistered] = useState<string | null>(null);

  const reloadSession = useCallback(() => {
    api.session().then((s) => setUser(s.user), () => setUser(null));
  }, []);
  const signOut = async () => {
    await api.logout().catch(() => undefined);
    setDraft(null);
    setMine(null);
    setRegistered(null);
    reloadSession();
  };
  const reloadMine = useCallback(() => {
    enpApplicationsApi.mine().then((body) => setMine(body.items), () => setMine(null));
  }, []);
  useEffect(reloadSession, [reloadSession]);
  useEffect(() => {
    enpApi.courts().then((body) => setCourtList(body.courts), () => setError(t.failed));
    // The court list is loaded once; its names follow the language on screen.
  }, []);
  const applicant = user?.roles.includes('citizen') === true;
  useEffect(() => { if (applicant) reloadMine(); }, [applicant, reloadMine]);

  const signInTask = useMemo<SigningTask>(() => ({
    purpose: 'auth', attached: true, startOnOpen: false,
    start: async () => {
      const challenge = await api.esignChallenge();
      return { id: challenge.challengeId, data: utf8Bytes(challenge.nonce), startedAt: null, expiresAt: challenge.expiresAt };
    },
    submit: async (cms, challenge) => { await api.esignSignIn(challenge.id, cms); },
  }), []);

  const signTask = useMemo<SigningTask | null>(() => draft === null ? null : ({
    purpose: 'sign', attached: false, startOnOpen: true,
    start: async () => {
      const challenge = await enpApplicationsApi.startSigning(draft.id);
      const { bytes } = await api.documentContent(challenge.documentId);
      // What is signed is exactly what the server stored.
      if (!sameHash(await sha256Hex(bytes), challenge.contentHash)) throw new ApiError(0, 'signing.content_mismatch', t.failed);
      return { id: challenge.challengeId, data: bytes, startedAt: challenge.startedAt, expiresAt: challenge.expiresAt };
    },
    submit: async (cms, challenge) => { await api.submitSignature(challenge.id, cms); },
  }), [draft, t]);

  const problems = {
    courtId: fields.courtId === '' ? t.required : '',
    caseNumber: fields.caseNumber.trim() === '' ? t.required : '',
    category: fields.category === '' ? t.required : '',
    email: fields.email.trim() === '' ? t.required : EMAIL.test(fields.email.trim()) ? '' : t.emailInvalid,
  };
  const filesProblem = files.length > MAX_FILES ? t.fileCount : files.map((f) => fileProblem(f, t)).find((p) => p !== '') ?? '';

  const onSubmit = async (event: FormEvent<HTMLFormElement>) => {
    event.preventDefault();
    setTried(true);
    setError('');
    setRegistered(null);
    const first = (Object.keys(problems) as (keyof Fields)[]).find((key) => problems[key] !== '');
    if (first !== undefined || filesProblem !== '') {
      document.getElementById(`${id}-${first ?? 'files'}`)?.focus();
      return;
    }
    setBusy(true);
    try {
      let created = await enpApplicationsApi.create({ courtId: fields.courtId, caseNumber: fields.caseNumber.trim(),
        category: fields.category as courts.ParticipantCategory, email: fields.email.trim(), language });
      for (const file of files) created = await enpApplicationsApi.attach(created.id, file);
      setDraft(created);
      setSigning(true);
    } catch (e) {
      setError(e instanceof ApiError && e.message !== '' ? e.message : t.failed);
    } finally {
      setBusy(false);
    }
  };

  const onSigned = async () => {
    setSigning(false);
    if (draft === null) return;
    const after = await enpApplicationsApi.one(draft.id).catch(() => null);
    if (after?.number) {
      setRegistered(after.number);
      setDraft(null);
      setFields(EMPTY);
      setFiles([]);
      setTried(false);
    }
    reloadMine();
  };

  const set = (key: keyof Fields) => (value: string) => setFields((f) => ({ ...f, [key]: value }));
  const invalid = (key: keyof Fields) => tried && problems[key] !== '';
  const message = (key: keyof Fields) => (
    <p id={`${id}-${key}-message`} className="enp-field__message enp-field__message--error" aria-live="polite">{tried ? problems[key] : ''}</p>
  );
  const describe = (key: keyof Fields) => ({ id: `${id}-${key}`, 'aria-invalid': invalid(key), 'aria-describedby': `${id}-${key}-message` });

  return (
    <section aria-labelledby={`${id}-heading`} className="enp-apply" data-testid="enp-apply">
      <h1 id={`${id}-heading`} className="enp-heading">{t.heading}</h1>
      <p>{t.intro}</p>
      {user === undefined && <p role="status">…</p>}
      {user === null && (
        <div className="enp-apply__sign-in">
          <h2>{t.signInTitle}</h2>
          <p>{t.signInIntro}</p>
          <button type="button" className="enp-button" onClick={() => setSignInOpen(true)} data-testid="enp-apply-sign-in">{t.signIn}</button>
        </div>
      )}
      {user && !applicant && (
        <p role="alert" className="enp-alert">{t.notApplicant}{' '}
          <button type="button" className="enp-button enp-button--secondary" onClick={() => void signOut()}>{t.signOut}</button>
        </p>
      )}
      {user && applicant && (
        <>
          <p>
            <span data-testid="enp-apply-user">{t.signedInAs(user.fullName, user.iin)}</span>{' '}
            {/* A public computer: the ЭЦП session ends here, not only in the cabinet. */}
            <button type="button" className="enp-button enp-button--secondary" onClick={() => void signOut()} data-testid="enp-apply-sign-out">{t.signOut}</button>
          </p>
          <form className="enp-form enp-apply__form" noValidate onSubmit={(event) => void onSubmit(event)} aria-labelledby={`${id}-form`}>
            <h2 id={`${id}-form`}>{t.form}</h2>
            <div className="enp-field">
              <label htmlFor={`${id}-courtId`}>{t.court}</label>
              <select {...describe('courtId')} value={fields.courtId} onChange={(e) => set('courtId')(e.target.value)} required data-testid="enp-apply-court">
                <option value="">{t.chooseCourt}</option>
                {courtList.map((court) => <option key={court.id} value={court.id}>{court.name[language]}</option>)}
              </select>
              {message('courtId')}
            </div>
            <div className="enp-field">
              <label htmlFor={`${id}-caseNumber`}>{t.caseNumber}</label>
              <input {...describe('caseNumber')} value={fields.caseNumber} onChange={(e) => set('caseNumber')(e.target.value)} maxLength={100} required
                autoComplete="off" data-testid="enp-apply-case" />
              {message('caseNumber')}
            </div>
            <div className="enp-field">
              <label htmlFor={`${id}-category`}>{t.category}</label>
              <select {...describe('category')} value={fields.category} onChange={(e) => set('category')(e.target.value)} required data-testid="enp-apply-category">
                <option value="">{t.chooseCategory}</option>
                {courts.PARTICIPANT_CATEGORIES.map((c) => <option key={c} value={c}>{courts.PARTICIPANT_CATEGORY_TEXTS[c][language]}</option>)}
              </select>
              {message('category')}
            </div>
            <div className="enp-field">
              <label htmlFor={`${id}-email`}>{t.email}</label>
              <input {...describe('email')} type="email" value={fields.email} onChange={(e) => set('email')(e.target.value)} maxLength={254} required
                autoComplete="email" data-testid="enp-apply-email" />
              {message('email')}
            </div>
            <div className="enp-field">
              <label htmlFor={`${id}-files`}>{t.files}</label>
              <input id={`${id}-files`} type="file" multiple accept=".pdf,.jpg,.jpeg,application/pdf,image/jpeg" aria-invalid={filesProblem !== ''}
                aria-describedby={`${id}-files-message`} onChange={(e) => setFiles([...(e.target.files ?? [])])} data-testid="enp-apply-files" />
              <p id={`${id}-files-message`} className="enp-field__message enp-field__message--error" aria-live="polite">{filesProblem}</p>
            </div>
            <div role="alert" className="enp-alert" data-testid="enp-apply-error">{error}</div>
            <button type="submit" className="enp-button" disabled={busy} aria-busy={busy} data-testid="enp-apply-submit">{busy ? t.busy : t.submit}</button>
            {draft !== null && !signing && (
              <p role="status">{t.notSigned}{' '}
                <button type="button" className="enp-button enp-button--secondary" onClick={() => setSigning(true)}>{t.signAgain}</button>
              </p>
            )}
          </form>
          <p role="status" className="enp-apply__done" data-testid="enp-apply-registered">{registered === null ? '' : t.registered(registered)}</p>
          <EnpMyApplications items={mine} t={t} language={language} />
        </>
      )}
      {signInOpen && (
        <Suspense fallback={null}>
          <SigningDialog open title={t.signInTitle} task={signInTask} onClose={() => setSignInOpen(false)}
            onDone={() => { setSignInOpen(false); reloadSession(); }} />
        </Suspense>
      )}
      {signing && signTask !== null && draft !== null && user && (
        <Suspense fallback={null}>
          <SigningDialog open title={t.signTitle} task={signTask} extra={<p><strong>{t.signSummary(draft.caseNumber)}</strong></p>}
            onClose={() => setSigning(false)} onDone={() => void onSigned()} expectedSigner={{ iin: user.iin, fullName: user.fullName }} />
        </Suspense>
      )}
    </section>
  );
}
