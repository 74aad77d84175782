import { EsignError, EsignErrorCode } from '../errors';
import type { WebCryptoKeyPair } from './ecdsa-p256';
import { nativeRsa } from './native-rsa';
import { OID, type PrivateKey, type SignatureAlgorithm } from './types';
import { bufferSource, sha256, signingKey, subtle, verifyingKey } from './webcrypto';

// RSA PKCS#1 v1.5 with SHA-256 through WebCrypto: the NCA's older keys and a
// dev CA option.

const PARAMS = { name: 'RSASSA-PKCS1-v1_5', hash: 'SHA-256' } as const;

export const rsaSha256: SignatureAlgorithm = {
  name: 'RSA-SHA256',
  signatureOid: OID.sha256WithRSAEncryption,
  digestOid: OID.sha256,
  publicKeyOid: OID.rsaEncryption,
  digest: sha256,
  async sign(key: PrivateKey, data: Uint8Array): Promise<Uint8Array> {
    if (key.algorithm !== 'RSA-SHA256') {
      throw new EsignError(EsignErrorCode.invalidArgument, `a ${key.algorithm} key cannot make an RSA signature`);
    }
    if (nativeRsa) return nativeRsa.sign(key.pkcs8, data);
    const privateKey = await signingKey(key.pkcs8, PARAMS);
    return new Uint8Array(await subtle().sign(PARAMS, privateKey, bufferSource(data)));
  },
  async verify(spki: Uint8Array, data: Uint8Array, signature: Uint8Array): Promise<boolean> {
    if (nativeRsa) return nativeRsa.verify(spki, data, signature);
    const publicKey = await verifyingKey(spki, PARAMS);
    return subtle().verify(PARAMS, publicKey, bufferSource(signature), bufferSource(data));
  },
};

export async function generateRsaKeyPair(modulusLength = 2048): Promise<WebCryptoKeyPair<'RSA-SHA256'>> {
  const pair = await subtle().generateKey(
    { ...PARAMS, modulusLength, publicExponent: new Uint8Array([1, 0, 1]) },
    true,
    ['sign', 'verify'],
  );
  return {
    privateKey: { algorithm: 'RSA-SHA256', pkcs8: new Uint8Array(await subtle().exportKey('pkcs8', pair.privateKey)) },
    spki: new Uint8Array(await subtle().exportKey('spki', pair.publicKey)),
  };
}
