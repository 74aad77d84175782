import { currentLanguage, i18n } from '../i18n/i18n.ts';
import { createHttpClient, readCookie } from './http-client.ts';
import type {
  DemoKey, DocumentChallenge, PublicVerification, SampleDocument, SignatureAccepted, SignInChallenge,
} from './signing-types.ts';
import type { DevFine, RegisterBody } from '@oryndau/contracts';
import type {
  ConsistencyProof, InclusionProof, JournalPage, JournalQuery, MyViewsPage, MyViewsQuery, OutgoingMessage, Queue, Session, SignedTreeHead, User,
} from './types.ts';
import type { UiLanguage } from '../i18n/ui-language.ts';

let unauthorizedListener: (() => void) | undefined;

/** The session provider registers here to hear about expired sessions. */
export function onUnauthorized(listener: (() => void) | undefined): void {
  unauthorizedListener = listener;
}

export const http = createHttpClient({
  fetch: (input, init) => fetch(input, init),
  language: currentLanguage,
  translate: (key, options) => i18n.t(key, options ?? {}),
  csrfCookie: () => (typeof document === 'undefined' ? null : readCookie(document.cookie, 'oryndau_csrf')),
  onUnauthorized: () => unauthorizedListener?.(),
});

// One function per endpoint of docs/api.md.
export const api = {
  session: () => http.get<Session>('/api/session'),
  login: (iin: string, password: string) =>
    http.post<{ user: User }>('/api/auth/login', { iin, password }, { expectUnauthorized: true }),
  logout: () => http.post<{ ok: true }>('/api/auth/logout'),
  /** FILE-3: a new applicant opens a «Сот кабинеті» account (password or ЭЦП) and is signed in. */
  register: (body: RegisterBody) => http.post<{ user: User }>('/api/cabinet/register', body, { expectUnauthorized: true }),
  saveLocale: (locale: UiLanguage) => http.put<{ user: User }>('/api/me/locale', { locale }),
  home: () => http.get<{ queues: Queue[]; upcoming: Queue['key'][] }>('/api/home'),
  journal: (query: JournalQuery) => http.get<JournalPage>('/api/journal', query),
  /** ENP-11: who read or changed the signed-in person's data, newest first. */
  myViews: (query: MyViewsQuery) => http.get<MyViewsPage>('/api/journal/my-views', query),
  // The verifiable journal (issue 12, RFC 9162): public proofs.
  latestTreeHead: () => http.get<SignedTreeHead>('/api/journal/tree-heads/latest'),
  treeHead: (size: number) => http.get<SignedTreeHead>(`/api/journal/tree-heads/${size}`),
  entryProof: (id: number, treeSize?: number) =>
    http.get<InclusionProof>(`/api/journal/entries/${id}/proof`, treeSize === undefined ? undefined : { treeSize }),
  consistency: (from: number, to: number) => http.get<ConsistencyProof>('/api/journal/consistency', { from, to }),
  devMessages: () => http.get<{ messages: OutgoingMessage[] }>('/api/dev/messages'),
  /** SIMP-2 in dev: a simulated ЕРАП fine through the real intake; the SMS link comes back. */
  devSimplifiedFine: () => http.post<DevFine>('/api/dev/simplified/fine', {}),
  // Signing (ЭЦП): the key never travels, only the CMS made in the browser.
  createSampleDocument: () => http.post<SampleDocument>('/api/dev/sample-document'),
  documentContent: (id: string) => http.getBytes(`/api/documents/${encodeURIComponent(id)}/content`),
  startSigning: (id: string) => http.post<DocumentChallenge>(`/api/documents/${encodeURIComponent(id)}/signing`),
  submitSignature: (challengeId: string, cms: string) =>
    http.post<SignatureAccepted>(`/api/signing/${encodeURIComponent(challengeId)}/signature`, { cms }),
  esignChallenge: () => http.post<SignInChallenge>('/api/auth/esign/challenge', undefined, { expectUnauthorized: true }),
  esignSignIn: (challengeId: string, cms: string) =>
    http.post<{ user: User }>('/api/auth/esign', { challengeId, cms }, { expectUnauthorized: true }),
  verification: (id: string) => http.get<PublicVerification>(`/api/verify/${encodeURIComponent(id)}`),
  devKeys: () => http.get<{ keys: DemoKey[] }>('/api/dev/pki/keys'),
};

/** The QR code of a signed document, pointing at its public verification page. */
export const qrCodeUrl = (id: string) => `/api/verify/${encodeURIComponent(id)}/qr.svg`;
/** The public verification page (a real path, opened without signing in). */
export const verifyPageUrl = (id: string) => `/verify/${encodeURIComponent(id)}`;
