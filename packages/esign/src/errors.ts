/**
 * Errors thrown by the signature library. Verification never throws for a
 * bad signature — it returns reasons (verify/reasons.ts); these are for
 * callers that hand in something unusable.
 */
export const EsignErrorCode = {
  /** The bytes are not the ASN.1 structure expected (certificate, CMS, CRL). */
  malformed: 'esign.malformed',
  /** An algorithm OID Oryndau does not sign or verify with (e.g. GOST 34.310-2004). */
  unsupportedAlgorithm: 'esign.unsupported_algorithm',
  /** A caller-supplied argument is invalid (IIN format, empty PIN, …). */
  invalidArgument: 'esign.invalid_argument',
} as const;

export type EsignErrorCode = (typeof EsignErrorCode)[keyof typeof EsignErrorCode];

export class EsignError extends Error {
  readonly code: EsignErrorCode;
  readonly details: Record<string, unknown>;

  constructor(code: EsignErrorCode, message: string, details: Record<string, unknown> = {}) {
    super(message);
    this.name = 'EsignError';
    this.code = code;
    this.details = details;
  }
}

export function isEsignError(error: unknown): error is EsignError {
  return error instanceof EsignError;
}
