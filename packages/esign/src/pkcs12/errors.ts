/** Why a key file (PKCS#12) could not be opened. The UI maps each code to kk/ru text. */
export const Pkcs12ErrorCode = {
  /** The PIN does not open the file (its MAC does not match, or without a MAC it does not decrypt). */
  wrongPin: 'wrong_pin',
  /** Not a PKCS#12 file, or damaged. */
  corrupt: 'corrupt',
  /** The file holds no private key (e.g. only certificates). */
  noKey: 'no_key',
  /** A key is there, but no certificate in the file carries its public key. */
  noCertificate: 'no_certificate',
  /** The key (or the file's protection) uses an algorithm Oryndau does not support, e.g. GOST 34.310-2004. */
  unsupportedAlgorithm: 'unsupported_algorithm',
} as const;

export type Pkcs12ErrorCode = (typeof Pkcs12ErrorCode)[keyof typeof Pkcs12ErrorCode];

export class Pkcs12Error extends Error {
  readonly code: Pkcs12ErrorCode;

  constructor(code: Pkcs12ErrorCode, message: string, options?: { cause?: unknown }) {
    super(message, options);
    this.name = 'Pkcs12Error';
    this.code = code;
  }
}

export function isPkcs12Error(error: unknown): error is Pkcs12Error {
  return error instanceof Pkcs12Error;
}
