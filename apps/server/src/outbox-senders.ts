import type { Adapters } from '@oryndau/adapters';
import type { ChannelSender, ClaimedMessage } from '@oryndau/db';

/** Attachments travel in the outbox row as base64 (`payload.attachments`). */
export type OutboxAttachment = { filename: string; contentType: string; contentBase64: string };

function attachmentsOf(message: ClaimedMessage) {
  const list = (message.payload.attachments ?? []) as OutboxAttachment[];
  return list.map((a) => ({ filename: a.filename, contentType: a.contentType, content: Buffer.from(a.contentBase64, 'base64') }));
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
        attachments: attachmentsOf(message),
      });
      return { externalId: sent.messageId };
    },
  };
}
