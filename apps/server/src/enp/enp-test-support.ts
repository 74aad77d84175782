import { execFileSync } from 'node:child_process';
import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { findUserByIin } from '@oryndau/db';
import type { InjectOptions } from 'fastify';
import { expect } from 'vitest';
import { TestClient } from '../../../../test/harness/test-system';
import type { System } from '../system';
import { DECISION, draftAct, signDocument, staff } from '../courts/acts/court-acts-test-support';
import { OFFICE_ENV, PEOPLE, receivedFiling } from '../courts/office-test-support';

// Shared by the ЭНП integration tests (issue 16): cases with filed documents
// and signed acts, passwords issued through the office route, and a portal
// client that comes from its own address (X-Forwarded-For through the
// trusted proxy 127.0.0.1, as behind the production proxy).

export const ENP_ENV = { ...OFFICE_ENV, TRUSTED_PROXIES: '127.0.0.1', ENP_MAX_FAILURES_PER_IIN: '3', ENP_MAX_FAILURES_PER_ADDRESS: '6',
  ENP_LOCK_MINUTES: '15', ENP_PORTAL_URL: 'https://enp.oryndau.test/portal' };

let addresses = 0;
/** A fresh client address per portal client, so the per-address counters of one test do not touch another's. */
export const nextAddress = () => { addresses += 1; return `203.0.113.${addresses % 250 + 1}`; };

export class PortalClient extends TestClient {
  constructor(system: System, public readonly address: string = nextAddress(), language: 'kk' | 'ru' = 'ru') {
    super(system, language);
  }

  override request(options: InjectOptions & { url: string }) {
    return super.request({ ...options, headers: { 'x-forwarded-for': this.address, ...(options.headers as Record<string, string>) } });
  }

  async search(iin: string, password: string) {
    if (!this.cookie('oryndau_csrf')) await this.get('/api/session');
    return this.post('/api/enp/sign-in', { iin, password });
  }
}

export type Issued = { accessId: string; password: string; cardPdf: string; replaced: boolean };

export async function issue(office: TestClient, caseId: string, body: Record<string, unknown>): Promise<Issued> {
  const response = await office.post(`/api/enp/office/cases/${caseId}/accesses`, {
    fullName: 'Иванов Иван', category: 'plaintiff', appliedOn: '2026-03-02', email: 'p@example.kz', representedEntity: null, ...body,
  });
  expect(response.statusCode, response.body).toBe(200);
  return response.json() as Issued;
}

/** The PDF's text and its words' boxes (poppler's pdftotext). */
export function pdfText(base64: string): { text: string; words: { xMin: number; yMin: number; word: string }[] } {
  const dir = mkdtempSync(join(tmpdir(), 'enp-card-'));
  const file = join(dir, 'card.pdf');
  writeFileSync(file, Buffer.from(base64, 'base64'));
  const text = execFileSync('pdftotext', ['-layout', file, '-'], { encoding: 'utf8' });
  const html = execFileSync('pdftotext', ['-bbox', file, '-'], { encoding: 'utf8' });
  const words = [...html.matchAll(/<word xMin="([\d.]+)" yMin="([\d.]+)"[^>]*>([^<]*)<\/word>/g)]
    .map((m) => ({ xMin: Number(m[1]), yMin: Number(m[2]), word: m[3]! }));
  return { text, words };
}

const NO_ADVANCE = () => {};

/** A claim registered into a new case (civil: judgeCivil; criminal: judgeCriminal) with its acts signed and published. */
export async function caseWithActs(system: System, now: Date, form: 'civil' | 'criminal', kinds: readonly string[], advance: () => void = NO_ADVANCE) {
  const judgeIin = form === 'civil' ? PEOPLE.judgeCivil : PEOPLE.judgeCriminal;
  const filing = await receivedFiling(system.db, now, { applicantIin: PEOPLE.citizen, form });
  const office = await staff(system, PEOPLE.office);
  const card = (await office.get(`/api/court-office/filings/${filing.id}`)).json() as { filing: { version: number } };
  const judgeUser = (await findUserByIin(system.db, judgeIin))!;
  const registered = await office.post(`/api/court-office/filings/${filing.id}/register`,
    { version: card.filing.version, into: 'new', judgeUserId: judgeUser.id });
  expect(registered.statusCode, registered.body).toBe(200);
  const caseId = (registered.json() as { case: { id: string } }).case.id;
  const acts: { id: string; kind: string }[] = [];
  for (const kind of kinds) {
    advance();
    // Signed in after the clock moved: an hour later the earlier session has gone idle.
    const judge = await staff(system, judgeIin);
    const act = await draftAct(judge, caseId, { ...DECISION, kind });
    const signed = await signDocument(system, judge, act.documentId, judgeIin);
    expect(signed.statusCode, signed.body).toBe(200);
    acts.push({ id: act.id, kind });
  }
  return { caseId, acts, office: advance === NO_ADVANCE ? office : await staff(system, PEOPLE.office) };
}
