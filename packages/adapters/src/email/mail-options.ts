import type { SendMailOptions } from 'nodemailer';
import type { EmailMessage } from './port';

export const DEFAULT_FROM = 'Oryndau <no-reply@oryndau.local>';

export function recipients(to: EmailMessage['to']): string[] {
  return typeof to === 'string' ? [to] : [...to];
}

export function toMailOptions(message: EmailMessage, from: string): SendMailOptions {
  return {
    from,
    to: recipients(message.to),
    subject: message.subject,
    text: message.text,
    ...(message.html === undefined ? {} : { html: message.html }),
    ...(message.headers === undefined ? {} : { headers: { ...message.headers } }),
    attachments: (message.attachments ?? []).map((a) => ({
      filename: a.filename,
      contentType: a.contentType,
      // A view, not a copy: attachments may be multi-megabyte PDFs.
      content: Buffer.from(a.content.buffer, a.content.byteOffset, a.content.byteLength),
    })),
  };
}
