import type { IsoInstant } from '../localized';

// E-mail notifications (X-4, ENP-8). Not an HTTP contract: mail goes out
// over SMTP when SMTP_URL is configured, otherwise into a dev outbox.

export interface EmailAttachment {
  readonly filename: string;
  readonly contentType: string;
  readonly content: Uint8Array;
}

export interface EmailMessage {
  readonly to: string | readonly string[];
  /** UTF-8, Kazakh letters included; encoded per RFC 2047 on the wire. */
  readonly subject: string;
  readonly text: string;
  readonly html?: string;
  readonly attachments?: readonly EmailAttachment[];
  /** Extra header lines, e.g. `List-Unsubscribe` and `List-Unsubscribe-Post` (RFC 8058) of the ЭНП notices (ENP-8). */
  readonly headers?: Readonly<Record<string, string>>;
}

export interface EmailSendResult {
  readonly messageId: string;
  readonly accepted: readonly string[];
  readonly rejected: readonly string[];
}

export interface EmailPort {
  /** Throws AdapterError: `unavailable`/`timeout` (retry), `rejected` (the server refused the message). */
  send(message: EmailMessage): Promise<EmailSendResult>;
}

/** A message the dev outbox kept instead of sending. */
export interface RecordedEmail {
  readonly messageId: string;
  readonly from: string;
  readonly to: readonly string[];
  readonly subject: string;
  readonly text: string;
  readonly html: string | null;
  readonly attachments: readonly EmailAttachment[];
  /** The full MIME message as it would have gone over SMTP. */
  readonly raw: Uint8Array;
  readonly sentAt: IsoInstant;
}

export interface DevEmailOutbox {
  messages(): readonly RecordedEmail[];
  /** Called for every recorded message; returns the unsubscribe function. */
  onMessage(listener: (message: RecordedEmail) => void): () => void;
  clear(): void;
}
