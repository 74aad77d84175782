import { createTransport } from 'nodemailer';
import { AdapterError } from '../errors';
import { DEFAULT_FROM, recipients, toMailOptions } from './mail-options';
import type { DevEmailOutbox, EmailMessage, EmailPort, EmailSendResult, RecordedEmail } from './port';

export interface DevEmailConfig {
  readonly from?: string;
  /** Where the one-line notice of each message goes; default console.info. */
  readonly log?: (line: string) => void;
}

/**
 * The e-mail port when no SMTP server is configured: the message is built by
 * nodemailer exactly as for SMTP (so encoding bugs show up in dev too), then
 * kept in memory and logged instead of sent.
 */
export class DevEmailAdapter implements EmailPort, DevEmailOutbox {
  private readonly transport = createTransport({ streamTransport: true, buffer: true, newline: 'windows' });
  private readonly recorded: RecordedEmail[] = [];
  private readonly listeners = new Set<(message: RecordedEmail) => void>();
  private readonly from: string;
  private readonly log: (line: string) => void;

  constructor(config: DevEmailConfig = {}) {
    this.from = config.from ?? DEFAULT_FROM;
    this.log = config.log ?? ((line) => console.info(line));
  }

  async send(message: EmailMessage): Promise<EmailSendResult> {
    const to = recipients(message.to);
    if (to.length === 0) throw new AdapterError('email', 'rejected', 'no recipients');
    const info = await this.transport.sendMail(toMailOptions(message, this.from));
    const raw = info.message;
    const recorded: RecordedEmail = {
      messageId: info.messageId,
      from: this.from,
      to,
      subject: message.subject,
      text: message.text,
      html: message.html ?? null,
      attachments: [...(message.attachments ?? [])],
      raw: Buffer.isBuffer(raw) ? new Uint8Array(raw) : new Uint8Array(),
      sentAt: new Date().toISOString(),
    };
    this.recorded.push(recorded);
    this.log(`[email:dev] to=${to.join(',')} subject="${message.subject}" attachments=${recorded.attachments.length}`);
    for (const listener of this.listeners) listener(recorded);
    return { messageId: info.messageId, accepted: to, rejected: [] };
  }

  messages(): readonly RecordedEmail[] {
    return [...this.recorded];
  }

  onMessage(listener: (message: RecordedEmail) => void): () => void {
    this.listeners.add(listener);
    return () => this.listeners.delete(listener);
  }

  clear(): void {
    this.recorded.length = 0;
  }
}
