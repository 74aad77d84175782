import { expect } from 'vitest';
import type { TestClient } from '../../../../test/harness/test-system';
import { fixture, multipart } from '../enp/enp-application-test-support';
import { signAs } from '../enforcement/test-support';
import { OFFICE_ENV } from '../courts/office-test-support';
import type { System } from '../system';

// Issue 17 (LIC-1…LIC-8): the licensing integration tests' shared steps — an
// applicant's draft with every document, the fee paid at the gateway
// simulator, the signature with a demo key, the officer's issue.

export const LIC_ENV = OFFICE_ENV;
export const LIC = { applicant: '900714400521', citizen: '920707300005', citizen2: '011120500008', officer: '870909400008',
  privateBailiff: '880415400004', seniorTaraz: '750611300106', admin: '800101300006' } as const;
export const ZHAMBYL = '310000000';

export type AppView = { id: string; number: string | null; status: string; version: number; deadline: string | null; workingDaysLeft: number | null;
  refusal: { reasons: { code: string }[]; text: string | null } | null; licence: { id: string; number: string; documentId: string | null } | null;
  missingDocuments: { code: string }[]; fee: { amountTiyn: number; paid: boolean } | null; checklist?: { code: string }[] };

const ISSUE_DOCS = ['identity', 'law_diploma', 'work_record', 'internship', 'exam_result', 'medical_narcology', 'medical_psychiatry'];

export async function signedIn(system: System, iin: string, TestClientClass: typeof TestClient, language: 'kk' | 'ru' = 'ru') {
  const c = new TestClientClass(system, language);
  expect((await c.signIn(iin)).statusCode).toBe(200);
  return c;
}

export async function attach(c: TestClient, id: string, code: string, paper = false) {
  const r = await c.request({ method: 'POST', url: `/api/licensing/applications/${id}/documents?code=${code}${paper ? '&paper=true' : ''}`,
    ...multipart({ name: `${code}.pdf`, bytes: fixture('claim-libreoffice.pdf') }) });
  expect(r.statusCode, r.body).toBe(201);
  return r.json() as AppView;
}

/** A portal draft with every required document of the service attached. */
export async function portalDraft(c: TestClient, body: Record<string, unknown> = {}): Promise<AppView> {
  const created = await c.post('/api/licensing/applications', { service: 'issue', regionKato: ZHAMBYL, email: 'lic@example.kz', language: 'kk', ...body });
  expect(created.statusCode, created.body).toBe(201);
  const draft = created.json() as AppView;
  const codes = (body.service ?? 'issue') === 'issue' ? ISSUE_DOCS : (body.service === 'reissue' ? ['identity', 'name_change_proof'] : ['identity']);
  let last = draft;
  for (const code of codes) last = await attach(c, draft.id, code);
  expect(last.missingDocuments).toEqual([]);
  return last;
}

/** Pays at the gateway simulator (or declines there) and asks the gateway through our check. */
export async function pay(system: System, c: TestClient, id: string, outcome: 'paid' | 'failed') {
  const started = await c.post(`/api/licensing/applications/${id}/payment`);
  expect(started.statusCode, started.body).toBe(200);
  const sims = system.external.simulators!.control.payments;
  const payment = sims.payments().find((p) => p.reference === (started.json() as { paymentId: string }).paymentId)!;
  if (outcome === 'paid') sims.markPaid(payment.paymentId);
  else sims.markFailed(payment.paymentId, 'declined');
  return c.post(`/api/licensing/applications/${id}/payment/check`);
}

/** Starts signing (POST …/signing) and submits the manifest signed with `signerIin`'s demo key. */
export async function signWith(system: System, c: TestClient, startUrl: string, signerIin: string, body?: unknown) {
  const start = await c.post(startUrl, body);
  expect(start.statusCode, start.body).toBe(200);
  const { challengeId, documentId } = start.json() as { challengeId: string; documentId: string };
  const content = new Uint8Array((await c.get(`/api/documents/${documentId}/content`)).rawPayload);
  return c.post(`/api/signing/${challengeId}/signature`, { cms: await signAs(system, signerIin, content) });
}

/** The officer opens the application (takes it for review), marks every requirement met, and signs the licence. */
export async function issueAsOfficer(system: System, officer: TestClient, id: string) {
  const view = (await officer.get(`/api/licensing/office/applications/${id}`)).json() as AppView;
  const checklist = Object.fromEntries((view.checklist ?? []).map((i) => [i.code, true]));
  const saved = await officer.put(`/api/licensing/office/applications/${id}/checklist`, { version: view.version, checklist });
  expect(saved.statusCode, saved.body).toBe(200);
  const signed = await signWith(system, officer, `/api/licensing/office/applications/${id}/licence/signing`, LIC.officer,
    { version: (saved.json() as AppView).version });
  expect(signed.statusCode, signed.body).toBe(200);
  return (await officer.get(`/api/licensing/applications/${id}`)).json() as AppView;
}

/** The applicant's full portal path up to registration. */
export async function registeredPortalApplication(system: System, c: TestClient, signer: string, body: Record<string, unknown> = {}) {
  const draft = await portalDraft(c, body);
  expect((await pay(system, c, draft.id, 'paid')).statusCode).toBe(200);
  const signed = await signWith(system, c, `/api/licensing/applications/${draft.id}/signing`, signer);
  return { id: draft.id, signed };
}
