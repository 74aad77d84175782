import type { AddressInfo } from 'node:net';
import { simpleParser } from 'mailparser';
import { SMTPServer, type SMTPServerOptions } from 'smtp-server';
import { afterEach, describe, expect, it } from 'vitest';
import { createAdapters } from '../index';
import { expectAdapterError } from '../testing/fixture';
import type { RecordedEmail } from './port';

const SUBJECT = 'Атқарушылық іс жүргізу қозғалды — №1-2026-000001';

// A one-page PDF written by hand, with a correct cross-reference table.
function minimalPdf(): Uint8Array {
  const objects = [
    '<< /Type /Catalog /Pages 2 0 R >>',
    '<< /Type /Pages /Kids [3 0 R] /Count 1 >>',
    '<< /Type /Page /Parent 2 0 R /MediaBox [0 0 200 200] >>',
  ];
  let pdf = '%PDF-1.4\n';
  const offsets = objects.map((body, i) => {
    const offset = pdf.length;
    pdf += `${i + 1} 0 obj\n${body}\nendobj\n`;
    return offset;
  });
  const xref = pdf.length;
  pdf += `xref\n0 4\n0000000000 65535 f \n${offsets.map((o) => `${String(o).padStart(10, '0')} 00000 n \n`).join('')}`;
  pdf += `trailer\n<< /Size 4 /Root 1 0 R >>\nstartxref\n${xref}\n%%EOF\n`;
  return new TextEncoder().encode(pdf);
}

interface TestSmtp {
  readonly url: string;
  readonly received: Buffer[];
  close(): Promise<void>;
}

async function startSmtp(overrides: Partial<SMTPServerOptions> = {}): Promise<TestSmtp> {
  const received: Buffer[] = [];
  const server = new SMTPServer({
    secure: false,
    authOptional: true,
    allowInsecureAuth: true,
    disabledCommands: ['STARTTLS'],
    logger: false,
    onAuth: (auth, _session, callback) => callback(null, { user: auth.username }),
    onData: (stream, _session, callback) => {
      const chunks: Buffer[] = [];
      stream.on('data', (chunk: Buffer) => chunks.push(chunk));
      stream.on('end', () => {
        received.push(Buffer.concat(chunks));
        callback();
      });
    },
    ...overrides,
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  const { port } = server.server.address() as AddressInfo;
  return {
    url: `smtp://oryndau:secret@127.0.0.1:${port}`,
    received,
    close: () => new Promise<void>((resolve) => server.close(() => resolve())),
  };
}

let cleanup: (() => Promise<void>)[] = [];
afterEach(async () => {
  await Promise.all(cleanup.map((fn) => fn()));
  cleanup = [];
});

describe('e-mail adapter', () => {
  it('X-4: sends over SMTP with a Kazakh subject and a PDF attachment, decoded intact by the receiver', async () => {
    const smtp = await startSmtp();
    cleanup.push(smtp.close);
    const adapters = createAdapters({ baseUrls: {}, smtpUrl: smtp.url, timeoutMs: 5_000 });
    cleanup.push(async () => adapters.close());
    expect(adapters.emailOutbox).toBeNull();
    const pdf = minimalPdf();

    const result = await adapters.email.send({
      to: 'borrower@example.kz',
      subject: SUBJECT,
      text: 'Қаулы қоса беріліп отыр. / Постановление во вложении.',
      html: '<p>Қаулы қоса беріліп отыр.</p>',
      attachments: [{ filename: 'қаулы.pdf', contentType: 'application/pdf', content: pdf }],
    });
    expect(result.accepted).toEqual(['borrower@example.kz']);
    expect(smtp.received).toHaveLength(1);

    const parsed = await simpleParser(smtp.received[0] ?? Buffer.alloc(0));
    expect(parsed.subject).toBe(SUBJECT);
    expect(parsed.text?.trim()).toBe('Қаулы қоса беріліп отыр. / Постановление во вложении.');
    expect(parsed.attachments).toHaveLength(1);
    const [attachment] = parsed.attachments;
    expect(attachment?.filename).toBe('қаулы.pdf');
    expect(attachment?.contentType).toBe('application/pdf');
    expect(new Uint8Array(attachment?.content ?? [])).toEqual(pdf);
  });

  it('X-4: a recipient the server refuses permanently (550) → rejected', async () => {
    const smtp = await startSmtp({
      onRcptTo: (_address, _session, callback) => callback(Object.assign(new Error('No such user'), { responseCode: 550 })),
    });
    cleanup.push(smtp.close);
    const adapters = createAdapters({ baseUrls: {}, smtpUrl: smtp.url, timeoutMs: 5_000 });
    cleanup.push(async () => adapters.close());
    const error = await expectAdapterError(adapters.email.send({ to: 'nobody@example.kz', subject: SUBJECT, text: 'x' }), 'rejected');
    expect(error.system).toBe('email');
  });

  it('X-4: a temporary refusal (451) → unavailable (retryable)', async () => {
    const smtp = await startSmtp({
      onMailFrom: (_address, _session, callback) => callback(Object.assign(new Error('Try later'), { responseCode: 451 })),
    });
    cleanup.push(smtp.close);
    const adapters = createAdapters({ baseUrls: {}, smtpUrl: smtp.url, timeoutMs: 5_000 });
    cleanup.push(async () => adapters.close());
    const error = await expectAdapterError(adapters.email.send({ to: 'a@example.kz', subject: SUBJECT, text: 'x' }), 'unavailable');
    expect(error.retryable).toBe(true);
  });

  it('X-4: an SMTP server that is not there → unavailable', async () => {
    const smtp = await startSmtp();
    await smtp.close();
    const adapters = createAdapters({ baseUrls: {}, smtpUrl: smtp.url, timeoutMs: 2_000 });
    cleanup.push(async () => adapters.close());
    await expectAdapterError(adapters.email.send({ to: 'a@example.kz', subject: SUBJECT, text: 'x' }), 'unavailable');
  });

  it('X-4: without SMTP_URL the dev outbox records the message, notifies listeners and logs it', async () => {
    const lines: string[] = [];
    const adapters = createAdapters({ baseUrls: {}, log: (line) => lines.push(line) });
    const outbox = adapters.emailOutbox;
    expect(outbox).not.toBeNull();
    const seen: RecordedEmail[] = [];
    const unsubscribe = outbox?.onMessage((m) => seen.push(m));
    const pdf = minimalPdf();
    await adapters.email.send({
      to: ['a@example.kz', 'b@example.kz'],
      subject: SUBJECT,
      text: 'Сәлем',
      attachments: [{ filename: 'receipt.pdf', contentType: 'application/pdf', content: pdf }],
    });
    unsubscribe?.();
    await adapters.email.send({ to: 'c@example.kz', subject: 'second', text: 'x' });

    expect(seen).toHaveLength(1);
    expect(outbox?.messages()).toHaveLength(2);
    expect(lines[0]).toContain(SUBJECT);
    const parsed = await simpleParser(Buffer.from(seen[0]?.raw ?? new Uint8Array()));
    expect(parsed.subject).toBe(SUBJECT);
    expect(new Uint8Array(parsed.attachments[0]?.content ?? [])).toEqual(pdf);
  });
});
