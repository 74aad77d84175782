import { EsignError, EsignErrorCode } from '../errors';
import { ecdsaDerToRaw, ecdsaRawToDer } from './ecdsa-der';
import { OID, type PrivateKey, type SignatureAlgorithm } from './types';
import { bufferSource, sha256, signingKey, subtle, verifyingKey } from './webcrypto';

// ECDSA on P-256 with SHA-256 through WebCrypto (used by the dev CA).

const IMPORT = { name: 'ECDSA', namedCurve: 'P-256' } as const;
const SIGN = { name: 'ECDSA', hash: 'SHA-256' } as const;

export const ecdsaP256: SignatureAlgorithm = {
  name: 'ECDSA-P256-SHA256',
  signatureOid: OID.ecdsaWithSHA256,
  digestOid: OID.sha256,
  publicKeyOid: OID.ecPublicKey,
  digest: sha256,
  async sign(key: PrivateKey, data: Uint8Array): Promise<Uint8Array> {
    if (key.algorithm !== 'ECDSA-P256-SHA256') {
      throw new EsignError(EsignErrorCode.invalidArgument, `a ${key.algorithm} key cannot make an ECDSA signature`);
    }
    const privateKey = await signingKey(key.pkcs8, IMPORT);
    const raw = new Uint8Array(await subtle().sign(SIGN, privateKey, bufferSource(data)));
    return ecdsaRawToDer(raw);
  },
  async verify(spki: Uint8Array, data: Uint8Array, signature: Uint8Array): Promise<boolean> {
    const publicKey = await verifyingKey(spki, IMPORT);
    let raw: Uint8Array;
    try {
      raw = ecdsaDerToRaw(signature, 32);
    } catch {
      return false;
    }
    return subtle().verify(SIGN, publicKey, bufferSource(raw), bufferSource(data));
  },
};

export type WebCryptoKeyPair<A extends 'RSA-SHA256' | 'ECDSA-P256-SHA256'> = {
  privateKey: Extract<PrivateKey, { algorithm: A }>;
  /** DER SubjectPublicKeyInfo. */
  spki: Uint8Array;
};

export async function generateEcdsaP256KeyPair(): Promise<WebCryptoKeyPair<'ECDSA-P256-SHA256'>> {
  const pair = await subtle().generateKey(IMPORT, true, ['sign', 'verify']);
  return {
    privateKey: { algorithm: 'ECDSA-P256-SHA256', pkcs8: new Uint8Array(await subtle().exportKey('pkcs8', pair.privateKey)) },
    spki: new Uint8Array(await subtle().exportKey('spki', pair.publicKey)),
  };
}
