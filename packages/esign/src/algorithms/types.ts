// The contract between the signature algorithms and everything above them
// (CMS, certificates, the verifier, the dev CA). Runs in Node 20 and in the
// browser: WebCrypto (`globalThis.crypto.subtle`) for RSA and ECDSA,
// pure TypeScript for GOST (no proprietary library).

/** The algorithms Oryndau signs and verifies with. */
export type AlgorithmName =
  | 'RSA-SHA256' // RSA-2048 PKCS#1 v1.5 + SHA-256 (older NCA keys; the dev CA)
  | 'ECDSA-P256-SHA256' // dev CA option
  | 'GOST3410-2015-512'; // GOST 34.10-2015 512-bit (TC26 paramSetA) + Streebog-512: current NCA keys

export const OID = {
  rsaEncryption: '1.2.840.113549.1.1.1',
  sha256WithRSAEncryption: '1.2.840.113549.1.1.11',
  ecPublicKey: '1.2.840.10045.2.1',
  prime256v1: '1.2.840.10045.3.1.7',
  ecdsaWithSHA256: '1.2.840.10045.4.3.2',
  sha256: '2.16.840.1.101.3.4.2.1',
  gost2015Key512: '1.2.398.3.10.1.1.2.2',
  gost2015Params512A: '1.2.398.3.10.1.1.2.2.1',
  gost2015Signature512: '1.2.398.3.10.1.1.2.3.2',
  streebog512: '1.2.398.3.10.1.3.3',
  // Legacy GOST 34.310-2004: recognised so it can be refused by name.
  gost2004Key: '1.2.398.3.10.1.1.1.1',
  gost2004Signature: '1.2.398.3.10.1.1.1.2',
} as const;

/**
 * A private key in memory. `pkcs8` is the DER PrivateKeyInfo for RSA and
 * ECDSA (importable by WebCrypto); for GOST `scalar` holds d (big-endian,
 * 64 bytes) because WebCrypto knows no GOST.
 */
export type PrivateKey =
  | { algorithm: 'RSA-SHA256'; pkcs8: Uint8Array }
  | { algorithm: 'ECDSA-P256-SHA256'; pkcs8: Uint8Array }
  | { algorithm: 'GOST3410-2015-512'; scalar: Uint8Array };

export interface SignatureAlgorithm {
  readonly name: AlgorithmName;
  /** AlgorithmIdentifier OIDs as they appear in certificates and CMS. */
  readonly signatureOid: string;
  readonly digestOid: string;
  readonly publicKeyOid: string;
  digest(data: Uint8Array): Promise<Uint8Array>;
  /**
   * Signs `data` (the whole message — the algorithm hashes it). Returns the
   * signature bytes exactly as they go into a certificate or CMS
   * SignerInfo: PKCS#1 for RSA, DER Ecdsa-Sig-Value for ECDSA, the NCA
   * 128-byte layout for GOST (see spec/ESIGN.md).
   */
  sign(key: PrivateKey, data: Uint8Array): Promise<Uint8Array>;
  /** `spki` is the DER SubjectPublicKeyInfo of the signer's certificate. */
  verify(spki: Uint8Array, data: Uint8Array, signature: Uint8Array): Promise<boolean>;
}
