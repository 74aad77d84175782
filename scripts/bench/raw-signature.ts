// The physical floor of anything that signs: one raw signature with the same
// key type, the key imported once, over bytes the size of CAdES signed
// attributes (what a CMS signature really covers), nothing around it.
// RSA and ECDSA by node:crypto (OpenSSL); GOST 34.10-2015 by the project's
// own pure curve operation over a digest computed once (OpenSSL and
// WebCrypto know no GOST) — the bare operation, not the CMS path.
import { createPrivateKey, sign as nodeSign } from 'node:crypto';
import type { PrivateKey } from '../../packages/esign/src/index';
import { gostSignDigest } from '../../packages/esign/src/algorithms/gost-2015';
import { gostScalarFromBytes } from '../../packages/esign/src/algorithms/gost-2015-key';
import { streebog512 } from '../../packages/esign/src/algorithms/streebog';

/** About the size of the signed attributes of a CAdES-BES signature. */
const SIGNED_BYTES = new Uint8Array(256).fill(0x5a);

/** One raw signature per call with `key`; what it measures, in words. */
export function rawSigner(key: PrivateKey): { sign: () => unknown; what: string } {
  switch (key.algorithm) {
    case 'RSA-SHA256':
    case 'ECDSA-P256-SHA256': {
      const keyObject = createPrivateKey({ key: Buffer.from(key.pkcs8), format: 'der', type: 'pkcs8' });
      return { sign: () => nodeSign('sha256', SIGNED_BYTES, keyObject), what: `node:crypto ${key.algorithm}, KeyObject imported once` };
    }
    case 'GOST3410-2015-512': {
      const d = gostScalarFromBytes(key.scalar);
      const digest = streebog512(SIGNED_BYTES);
      return { sign: () => gostSignDigest(d, digest), what: 'the pure GOST 34.10-2015 curve operation over a digest (no hashing, no CMS)' };
    }
  }
}
