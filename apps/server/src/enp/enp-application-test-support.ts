import { randomUUID } from 'node:crypto';
import { readFileSync } from 'node:fs';
import type { AddressInfo } from 'node:net';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { deliverOutbox } from '@oryndau/db';
import { simpleParser } from 'mailparser';
import type { ParsedMail } from 'mailparser';
import { SMTPServer } from 'smtp-server';
import { expect } from 'vitest';
import type { TestClient } from '../../../../test/harness/test-system';
import { signBytes } from '../courts/acts/court-acts-test-support';
import { ESIL } from '../courts/office-test-support';
import { outboxSenders } from '../outbox-senders';
import type { System } from '../system';

// Shared by the ЭНП application and notification tests (issue 16 items 5, 7):
// a local SMTP server that keeps what it receives, the outbox delivered to
// it, a multipart upload, and an application filed and signed.

const FIXTURES = join(dirname(fileURLToPath(import.meta.url)), '../../../../packages/documents/test-fixtures/attachments');
export const fixture = (name: string) => new Uint8Array(readFileSync(join(FIXTURES, name)));

export type Mailbox = { received: ParsedMail[]; url: string; close(): Promise<void>; take(to: string): ParsedMail[] };

export async function startMailbox(): Promise<Mailbox> {
  const received: ParsedMail[] = [];
  const smtp = new SMTPServer({
    authOptional: true, secure: false, disabledCommands: ['STARTTLS'],
    onData(stream, _session, callback) {
      simpleParser(stream).then((mail) => { received.push(mail); callback(); }, callback);
    },
  });
  await new Promise<void>((resolve) => smtp.listen(0, '127.0.0.1', resolve));
  const port = (smtp.server.address() as AddressInfo).port;
  return {
    received, url: `smtp://127.0.0.1:${port}`,
    close: () => new Promise<void>((resolve) => smtp.close(() => resolve())),
    /** The mails to `to` received so far, removed from the box. */
    take(to: string) {
      const mine = received.filter((m) => (Array.isArray(m.to) ? m.to : [m.to]).some((a) => a?.text.includes(to)));
      for (const m of mine) received.splice(received.indexOf(m), 1);
      return mine;
    },
  };
}

/** The worker's delivery; `scrubSecrets` as OUTBOX_SCRUB_SECRETS (production) would have it. */
export async function deliver(system: System, scrubSecrets = false): Promise<void> {
  const result = await deliverOutbox(system.db, outboxSenders(system.external.adapters), () => new Date(), { scrubSecrets });
  expect(result.failed + result.retried).toBe(0);
}

/** A multipart/form-data body with one file. */
export function multipart(file: { name: string; bytes: Uint8Array }) {
  const boundary = `----oryndau${randomUUID().replaceAll('-', '')}`;
  const payload = Buffer.concat([Buffer.from(`--${boundary}\r\nContent-Disposition: form-data; name="file"; filename="${file.name}"\r\n`
    + 'Content-Type: application/octet-stream\r\n\r\n'), Buffer.from(file.bytes), Buffer.from(`\r\n--${boundary}--\r\n`)]);
  return { payload, headers: { 'content-type': `multipart/form-data; boundary=${boundary}` } };
}

export type ApplicationView = { id: string; number: string | null; status: string; version: number; caseFound: boolean | null;
  refusal: { reason: string; reasonName: { kk: string; ru: string }; text: string | null } | null; attachments: { name: string }[] };

/** A citizen's draft for a case of Esil court, with a power of attorney (PDF) attached. */
export async function draftApplication(c: TestClient, caseNumber: string, body: Record<string, unknown> = {}): Promise<ApplicationView> {
  const created = await c.post('/api/enp/applications', { courtId: ESIL, caseNumber, category: 'representative', email: 'rep@example.kz',
    language: 'kk', ...body });
  expect(created.statusCode, created.body).toBe(201);
  const id = (created.json() as ApplicationView).id;
  const attached = await c.request({ method: 'POST', url: `/api/enp/applications/${id}/files`,
    ...multipart({ name: 'сенімхат.pdf', bytes: fixture('claim-libreoffice.pdf') }) });
  expect(attached.statusCode, attached.body).toBe(201);
  return attached.json() as ApplicationView;
}

/** Starts signing and sends the manifest signed with `signerIin`'s demo key. */
export async function signApplication(system: System, c: TestClient, id: string, signerIin: string) {
  const start = await c.post(`/api/enp/applications/${id}/signing`);
  expect(start.statusCode, start.body).toBe(200);
  const { challengeId, documentId } = start.json() as { challengeId: string; documentId: string };
  const content = new Uint8Array((await c.get(`/api/documents/${documentId}/content`)).rawPayload);
  const cms = Buffer.from(await signBytes(system, signerIin, content)).toString('base64');
  return c.post(`/api/signing/${challengeId}/signature`, { cms });
}
