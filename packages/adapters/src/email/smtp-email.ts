import { createTransport } from 'nodemailer';
import { AdapterError, type AdapterErrorCode } from '../errors';
import { DEFAULT_TIMEOUT_MS } from '../http/json-client';
import { DEFAULT_FROM, toMailOptions } from './mail-options';
import type { EmailMessage, EmailPort, EmailSendResult } from './port';

export interface SmtpEmailConfig {
  /** e.g. `smtp://user:pass@host:587` or `smtps://…:465`. */
  readonly smtpUrl: string;
  readonly from?: string;
  readonly timeoutMs?: number;
}

/** Sends over SMTP with nodemailer; failures become AdapterError so the outbox can retry. */
export class SmtpEmailAdapter implements EmailPort {
  private readonly transport;
  private readonly from: string;

  constructor(config: SmtpEmailConfig) {
    const timeout = config.timeoutMs ?? DEFAULT_TIMEOUT_MS;
    this.transport = createTransport({
      url: config.smtpUrl,
      connectionTimeout: timeout,
      greetingTimeout: timeout,
      socketTimeout: timeout,
    });
    this.from = config.from ?? DEFAULT_FROM;
  }

  async send(message: EmailMessage): Promise<EmailSendResult> {
    try {
      const info = await this.transport.sendMail(toMailOptions(message, this.from));
      return { messageId: info.messageId, accepted: info.accepted.map(String), rejected: info.rejected.map(String) };
    } catch (cause) {
      const { code, status } = smtpFailure(cause);
      const text = cause instanceof Error ? cause.message : String(cause);
      throw new AdapterError('email', code, text, status === undefined ? {} : { status }, { cause });
    }
  }

  close(): void {
    this.transport.close();
  }
}

function smtpFailure(cause: unknown): { code: AdapterErrorCode; status?: number } {
  const err = (cause ?? {}) as { code?: unknown; responseCode?: unknown };
  const status = typeof err.responseCode === 'number' ? err.responseCode : undefined;
  // SMTP reply classes: 4xx is "try again later", 5xx is a permanent refusal.
  if (status !== undefined && status >= 500) return { code: 'rejected', status };
  if (status !== undefined && status >= 400) return { code: 'unavailable', status };
  switch (err.code) {
    case 'ETIMEDOUT':
      return { code: 'timeout' };
    case 'EPROTOCOL':
      return { code: 'bad_response' };
    case 'EENVELOPE':
    case 'EMESSAGE':
      return { code: 'rejected' };
    // Wrong credentials are a configuration fault: keep the mail queued until it is fixed.
    default:
      return { code: 'unavailable' };
  }
}
