import type { AddressInfo } from 'node:net';
import { deliverOutbox, enqueueMessage } from '@oryndau/db';
import { simpleParser } from 'mailparser';
import type { ParsedMail } from 'mailparser';
import { SMTPServer } from 'smtp-server';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { ENGINES } from '../../../test/harness/databases';
import { startTestSystem } from '../../../test/harness/test-system';
import { outboxSenders } from './outbox-senders';
import type { System } from './system';

// A minimal but valid one-page PDF.
const PDF = Buffer.from('%PDF-1.4\n1 0 obj<</Type/Catalog/Pages 2 0 R>>endobj\n2 0 obj<</Type/Pages/Kids[3 0 R]/Count 1>>endobj\n'
  + '3 0 obj<</Type/Page/Parent 2 0 R/MediaBox[0 0 300 144]>>endobj\ntrailer<</Root 1 0 R>>\n%%EOF\n');

for (const kind of ENGINES) {
  describe(`outbox delivery through the adapters [${kind}]`, () => {
    const received: ParsedMail[] = [];
    let smtp: SMTPServer;
    let system: System;
    beforeAll(async () => {
      smtp = new SMTPServer({
        authOptional: true, secure: false, disabledCommands: ['STARTTLS'],
        onData(stream, _session, callback) {
          simpleParser(stream).then((mail) => { received.push(mail); callback(); }, callback);
        },
      });
      await new Promise<void>((resolve) => smtp.listen(0, '127.0.0.1', resolve));
      const port = (smtp.server.address() as AddressInfo).port;
      ({ system } = await startTestSystem(kind, { SMTP_URL: `smtp://127.0.0.1:${port}`, EMAIL_FROM: 'noreply@oryndau.test' }));
    });
    afterAll(async () => {
      await system?.stop();
      await new Promise<void>((resolve) => smtp.close(() => resolve()));
    });

    it('X-4: an e-mail with a Kazakh subject and a PDF attachment reaches the SMTP server', async () => {
      const subject = 'Атқарушылық іс жүргізу қозғалды — №1-2026-000001 (әғқңөұүһі)';
      await system.db.transaction((tx) => enqueueMessage(tx, {
        channel: 'email', recipient: 'debtor@example.kz', subject, body: 'Қаулы қоса беріліп отыр.',
        payload: { attachments: [{ filename: 'qauly.pdf', contentType: 'application/pdf', contentBase64: PDF.toString('base64') }] },
      }, new Date()));
      const result = await deliverOutbox(system.db, outboxSenders(system.external.adapters), () => new Date());
      expect(result).toEqual({ sent: 1, retried: 0, failed: 0 });
      expect(received).toHaveLength(1);
      expect(received[0]?.subject).toBe(subject);
      expect(received[0]?.text?.trim()).toBe('Қаулы қоса беріліп отыр.');
      const attachment = received[0]?.attachments[0];
      expect(attachment?.filename).toBe('qauly.pdf');
      expect(attachment?.contentType).toBe('application/pdf');
      expect(Buffer.compare(attachment!.content, PDF)).toBe(0);
    });

    it('X-5: an SMS goes to the SMS gateway (simulator over HTTP) and is retried when it fails', async () => {
      const sims = system.external.simulators!;
      sims.control.failNext('sms', 'unavailable', 1);
      await system.db.transaction((tx) => enqueueMessage(tx,
        { channel: 'sms', recipient: '+77012345678', body: 'Төлем 5 күн ішінде: oryndau.kz/p/1' }, new Date()));
      const first = await deliverOutbox(system.db, outboxSenders(system.external.adapters), () => new Date());
      expect(first).toEqual({ sent: 0, retried: 1, failed: 0 });
      const later = new Date(Date.now() + 60_000);
      const second = await deliverOutbox(system.db, outboxSenders(system.external.adapters), () => later);
      expect(second).toEqual({ sent: 1, retried: 0, failed: 0 });
      const messages = sims.control.sms.messages('+77012345678');
      expect(messages.map((m) => m.text)).toEqual(['Төлем 5 күн ішінде: oryndau.kz/p/1']);
    });
  });
}
