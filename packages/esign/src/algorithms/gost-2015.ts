import { bytesToNumberBE, bytesToNumberLE, numberToBytesLE } from '@noble/curves/utils.js';
import { EsignError, EsignErrorCode } from '../errors';
import {
  GOST_Q,
  GOST_SIZE,
  encodeGostPoint,
  encodeGostSpki,
  gostCurve,
  gostPointFromSpki,
  gostScalarFromBytes,
  gostScalarToBytes,
  type GostPoint,
} from './gost-2015-key';
import { streebog512 } from './streebog';
import { OID, type PrivateKey, type SignatureAlgorithm } from './types';
import { randomBytes } from './webcrypto';

// GOST 34.10-2015 (512-bit, TC26 paramSetA) with Streebog-512, in the byte
// layout of the NCA's certificates and CMS (spec/ESIGN.md, confirmed on the
// NCA test CA): signature = r‖s, each 64 bytes little-endian.

const Fn = gostCurve.Fn;

/** e = the digest read as a little-endian integer, mod q; 1 if that is 0 (GOST 34.10 §6.1 step 2). */
function digestScalar(digest: Uint8Array): bigint {
  const e = Fn.create(bytesToNumberLE(digest));
  return e === 0n ? 1n : e;
}

/** A uniform k in [1, q−1]: 64 extra bits make the modulo bias negligible (2^-64). */
function randomNonce(): bigint {
  return (bytesToNumberBE(randomBytes(GOST_SIZE + 8)) % (GOST_Q - 1n)) + 1n;
}

export function gostSignWithScalar(d: bigint, data: Uint8Array): Uint8Array {
  return gostSignDigest(d, streebog512(data));
}

/**
 * The bare curve operation over a Streebog-512 digest already computed: what
 * the NCA's GOST signature costs without hashing or CMS around it (the floor
 * `npm run bench:esign` compares the CMS path with).
 */
export function gostSignDigest(d: bigint, digest: Uint8Array): Uint8Array {
  const e = digestScalar(digest);
  for (;;) {
    const k = randomNonce();
    const r = Fn.create(gostCurve.BASE.multiply(k).x);
    if (r === 0n) continue;
    const s = Fn.add(Fn.mul(r, d), Fn.mul(k, e));
    if (s === 0n) continue;
    const out = new Uint8Array(2 * GOST_SIZE);
    out.set(numberToBytesLE(r, GOST_SIZE), 0);
    out.set(numberToBytesLE(s, GOST_SIZE), GOST_SIZE);
    return out;
  }
}

/** The GOST verification equation over a public key that is already checked to be on the curve. */
export function gostVerifyWithPoint(publicKey: GostPoint, data: Uint8Array, signature: Uint8Array): boolean {
  return gostVerifyDigest(publicKey, streebog512(data), signature);
}

/** The verification equation alone, over a digest already computed (the bench's floor, like gostSignDigest). */
export function gostVerifyDigest(publicKey: GostPoint, digest: Uint8Array, signature: Uint8Array): boolean {
  if (signature.length !== 2 * GOST_SIZE) return false;
  const r = bytesToNumberLE(signature.subarray(0, GOST_SIZE));
  const s = bytesToNumberLE(signature.subarray(GOST_SIZE));
  if (!Fn.isValidNot0(r) || !Fn.isValidNot0(s)) return false;
  const v = Fn.inv(digestScalar(digest));
  const z1 = Fn.mul(s, v);
  const z2 = Fn.neg(Fn.mul(r, v));
  // Verification works on public values only, so the faster variable-time path is fine.
  const c = gostCurve.BASE.mulAddUnsafe(z1, publicKey, z2);
  if (c.is0()) return false;
  return Fn.create(c.x) === r;
}

export const gost2015: SignatureAlgorithm = {
  name: 'GOST3410-2015-512',
  signatureOid: OID.gost2015Signature512,
  digestOid: OID.streebog512,
  publicKeyOid: OID.gost2015Key512,
  async digest(data: Uint8Array): Promise<Uint8Array> {
    return streebog512(data);
  },
  async sign(key: PrivateKey, data: Uint8Array): Promise<Uint8Array> {
    if (key.algorithm !== 'GOST3410-2015-512') {
      throw new EsignError(EsignErrorCode.invalidArgument, `a ${key.algorithm} key cannot make a GOST signature`);
    }
    return gostSignWithScalar(gostScalarFromBytes(key.scalar), data);
  },
  async verify(spki: Uint8Array, data: Uint8Array, signature: Uint8Array): Promise<boolean> {
    // A key that is not a GOST 2015 key of the NCA's curve throws; a bad signature is just false.
    return gostVerifyWithPoint(gostPointFromSpki(spki), data, signature);
  },
};

export type GostKeyPair = {
  privateKey: Extract<PrivateKey, { algorithm: 'GOST3410-2015-512' }>;
  /** x‖y, 64 bytes each, little-endian (the NCA layout). */
  publicKey: Uint8Array;
  /** DER SubjectPublicKeyInfo, ready for a certificate. */
  spki: Uint8Array;
};

export function generateGostKeyPair(): GostKeyPair {
  const d = randomNonce();
  const publicKey = encodeGostPoint(gostCurve.BASE.multiply(d));
  return {
    privateKey: { algorithm: 'GOST3410-2015-512', scalar: gostScalarToBytes(d) },
    publicKey,
    spki: encodeGostSpki(publicKey),
  };
}
