import type { Adapters } from '@oryndau/adapters';
import type { ChannelSender, ClaimedMessage } from '@oryndau/db';

/** Attachments travel in the outbox row as base64 (`payload.attachments`). */
export type OutboxAttachment = { filename: string; contentType: string; contentBase64: string };

function attachmentsOf(message: ClaimedMessage) {
  const list = (message.payload.attachments ?? []) as OutboxAttachment[];
  return list.map((a) => ({ filename: a.filename, contentType: a.contentType, content: Buffer.from(a.contentBase64, 'base64') }));
}

/** Extra header lines travel as `payload.headers` (string values only), e.g. List-Unsubscribe (ENP-8). */
function headersOf(message: ClaimedMessage): Record<string, string> | null {
  const raw = message.payload.headers;
  if (raw === null || typeof raw !== 'object') return null;
  const entries = Object.entries(raw as Record<string, unknown>).filter((e): e is [string, string] => typeof e[1] === 'string');
  return entries.length > 0 ? Object.fromEntries(entries) : null;
}

/** How the worker hands each outbox channel to its adapter. */
export function outboxSenders(adapters: Adapters): Record<string, ChannelSender> {
  return {
    sms: async (message) => {
      // The outbox id is the gateway's idempotency key: a retry after a crash sends once.
      const sent = await adapters.sms.send({ phone: message.recipient, text: message.body, clientRef: message.id });
      return { externalId: sent.messageId };
    },
    email: async (message) => {
      const sent = await adapters.email.send({
        to: message.recipient,
        subject: message.subject ?? '',
        text: message.body,
        ...(typeof message.payload.html === 'string' ? { html: message.payload.html } : {}),
        ...(headersOf(message) ? { headers: headersOf(message)! } : {}),
        attachments: attachmentsOf(message),
      });
      return { externalId: sent.messageId };
    },
  };
}
