import { ApiError } from '../api/http-client.ts';
import type { SignatureReason } from '../api/signing-types.ts';
import { NcaLayerError } from './ncalayer.ts';

/** Why opening a key file failed; each kind has kk/ru text (esign.keyError.*). */
export type KeyFileErrorKind = 'wrongPin' | 'corrupt' | 'noKey' | 'noCertificate' | 'unsupported' | 'library';

export class KeyFileError extends Error {
  constructor(readonly kind: KeyFileErrorKind, message: string = kind) {
    super(message);
    this.name = 'KeyFileError';
  }
}

/** Everything that can go wrong while signing, as the dialog shows it. */
export type SigningProblem =
  | { kind: 'api'; error: ApiError }
  | { kind: 'ncalayer'; error: NcaLayerError }
  | { kind: 'key'; error: KeyFileError };

export function toSigningProblem(error: unknown): SigningProblem {
  if (error instanceof ApiError) return { kind: 'api', error };
  if (error instanceof NcaLayerError) return { kind: 'ncalayer', error };
  if (error instanceof KeyFileError) return { kind: 'key', error };
  return { kind: 'api', error: new ApiError(0, 'unknown', error instanceof Error ? error.message : String(error)) };
}

/** The server's kk/ru reasons of `signing.signature_invalid`, if it sent any. */
export function signatureReasons(error: ApiError): SignatureReason[] {
  const reasons = error.details?.['reasons'];
  if (!Array.isArray(reasons)) return [];
  return reasons.filter((r): r is SignatureReason =>
    typeof r === 'object' && r !== null && typeof (r as SignatureReason).kk === 'string' && typeof (r as SignatureReason).ru === 'string');
}

/** Codes after which the same challenge cannot be used again: the user must start over. */
export function needsRestart(problem: SigningProblem | null): boolean {
  return problem?.kind === 'api'
    && ['signing.challenge_expired', 'signing.challenge_used', 'signing.challenge_foreign', 'signing.challenge_unknown', 'not_found']
      .includes(problem.error.code);
}
