import { spkiOfCertificate } from '../algorithms/spki';
import type { PrivateKey } from '../algorithms/types';
import { Pkcs12Error, Pkcs12ErrorCode, isPkcs12Error } from './errors';
import { readPfx } from './pfx';
import { keyCandidates } from './private-key-info';

export type OpenedKeyFile = {
  privateKey: PrivateKey;
  /** DER of the certificate that carries the key's public key. */
  certificate: Uint8Array;
  /** The file's other certificates (DER, file order): hints for chain building, never trust. */
  chain: Uint8Array[];
};

/**
 * Opens a key file (PKCS#12, e.g. the NCA's AUTH_/RSA_/GOST_*.p12) with its
 * PIN (SIG-2). The MAC is checked first, so a wrong PIN is reported as
 * such; the key is paired with its certificate by public key.
 *
 * @throws Pkcs12Error wrong_pin | corrupt | no_key | no_certificate | unsupported_algorithm
 */
export async function openPkcs12(bytes: Uint8Array, pin: string): Promise<OpenedKeyFile> {
  let contents: ReturnType<typeof readPfx>;
  try {
    contents = readPfx(bytes, pin);
  } catch (error) {
    // forge throws plain Errors on garbage it meets before our own checks do.
    if (isPkcs12Error(error)) throw error;
    throw new Pkcs12Error(Pkcs12ErrorCode.corrupt, 'PKCS#12: the file is damaged or not a key file', { cause: error });
  }
  if (contents.privateKeys.length === 0) throw new Pkcs12Error(Pkcs12ErrorCode.noKey, 'PKCS#12: the file holds no private key');
  const spkis = contents.certificates.map((certificate) => {
    try {
      return spkiOfCertificate(certificate);
    } catch {
      return null; // an unreadable certificate simply matches no key
    }
  });
  let refused: Pkcs12Error | null = null;
  for (const privateKeyInfo of contents.privateKeys) {
    let candidates: ReturnType<typeof keyCandidates>;
    try {
      candidates = keyCandidates(privateKeyInfo);
    } catch (error) {
      // Another key in the same file may still be usable.
      if (isPkcs12Error(error) && error.code === Pkcs12ErrorCode.unsupportedAlgorithm) {
        refused = error;
        continue;
      }
      throw error;
    }
    for (const candidate of candidates) {
      const index = spkis.findIndex((spki) => spki !== null && candidate.matches(spki));
      if (index === -1) continue;
      return {
        privateKey: candidate.privateKey,
        certificate: contents.certificates[index]!,
        chain: contents.certificates.filter((_, i) => i !== index),
      };
    }
  }
  throw refused ?? new Pkcs12Error(Pkcs12ErrorCode.noCertificate, 'PKCS#12: no certificate in the file carries the public key of its private key');
}
