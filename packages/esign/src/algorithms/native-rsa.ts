// In Node, RSA through node:crypto directly: WebCrypto's sign and verify are
// jobs handed to a worker thread and back, and for RSA-2048 that hand-over
// cost as much as the verification itself. Found at run time
// (process.getBuiltinModule), so the package still has no `node:` import
// and runs in the browser, where this is simply absent and WebCrypto is used.
import { BytesMemo } from '../remembered';

type KeyObjectLike = object;
type NodeCryptoLike = {
  createPublicKey(input: { key: Uint8Array; format: 'der'; type: 'spki' }): KeyObjectLike;
  createPrivateKey(input: { key: Uint8Array; format: 'der'; type: 'pkcs8' }): KeyObjectLike;
  verify(algorithm: string, data: Uint8Array, key: KeyObjectLike, signature: Uint8Array): boolean;
  sign(algorithm: string, data: Uint8Array, key: KeyObjectLike): Uint8Array;
  createHash(algorithm: string): { update(data: Uint8Array): { digest(): Uint8Array } };
};

function nodeCrypto(): NodeCryptoLike | null {
  const proc = (globalThis as { process?: { getBuiltinModule?: (id: string) => unknown } }).process;
  const found = proc?.getBuiltinModule?.('node:crypto') as Partial<NodeCryptoLike> | undefined;
  return found && typeof found.verify === 'function' && typeof found.sign === 'function' && typeof found.createHash === 'function'
    ? found as NodeCryptoLike : null;
}

const native = nodeCrypto();
const publicKeys = new BytesMemo<KeyObjectLike>(256);
type HeldPrivateKey = { pkcs8: Uint8Array; key: KeyObjectLike };
const privateKeys = new WeakMap<Uint8Array, HeldPrivateKey>();

function sameBytes(a: Uint8Array, b: Uint8Array): boolean {
  if (a.length !== b.length) return false;
  for (let i = 0; i < a.length; i += 1) if (a[i] !== b[i]) return false;
  return true;
}

/** SHA-256 by node:crypto (synchronous, native), or null when not in Node. */
export const nativeSha256 = native && ((data: Uint8Array): Uint8Array => new Uint8Array(native.createHash('sha256').update(data).digest()));

/** RSASSA-PKCS1-v1_5 / SHA-256 by node:crypto, or null when not in Node (use WebCrypto). A key that does not import throws. */
export const nativeRsa = native && {
  verify(spki: Uint8Array, data: Uint8Array, signature: Uint8Array): boolean {
    const key = publicKeys.get([spki]) ?? publicKeys.set([spki], native.createPublicKey({ key: spki, format: 'der', type: 'spki' }));
    try {
      return native.verify('sha256', data, key, signature);
    } catch {
      return false; // a signature value node cannot even read is not valid
    }
  },
  /** The KeyObject is made once per key file held by the caller (WeakMap on its bytes; re-made if they changed). */
  sign(pkcs8: Uint8Array, data: Uint8Array): Uint8Array {
    let held = privateKeys.get(pkcs8);
    if (!held || !sameBytes(held.pkcs8, pkcs8)) {
      held = { pkcs8: pkcs8.slice(), key: native.createPrivateKey({ key: pkcs8, format: 'der', type: 'pkcs8' }) };
      privateKeys.set(pkcs8, held);
    }
    return new Uint8Array(native.sign('sha256', data, held.key));
  },
};
