import { readFile } from 'node:fs/promises';
import type { WritSigner } from '@oryndau/adapters';
import { createSignedData, openPkcs12, type OpenedKeyFile } from '@oryndau/esign';
import { DEMO_KEY_PIN } from './demo-keys';
import { demoKeyPath } from './trust';
import type { SignatureTrust } from './trust';

/**
 * Signs simulated writs (ENF-11) with the demo key files of the dev PKI, so
 * the courts' simulator sends what a real judge's and secretary's NCA keys
 * would: our intake verifies them against the same test anchor as any
 * other signature. Dev and tests only — there are no demo keys in production.
 */
export function demoWritSigner(trust: SignatureTrust): WritSigner {
  // The promise is cached, not the key: a writ is signed by the judge twice
  // at once (writ and court act), and PKCS#12 decryption is slow.
  const opened = new Map<string, Promise<OpenedKeyFile>>();
  const keyOf = (iin: string): Promise<OpenedKeyFile> => {
    let key = opened.get(iin);
    if (key === undefined) {
      // The IIN becomes part of a path: anything but 12 digits is refused before touching the disk.
      if (!/^\d{12}$/.test(iin)) return Promise.reject(new Error(`no demo signing key for ${JSON.stringify(iin)}: not an IIN`));
      const file = demoKeyPath(trust, `demo-keys/${iin}-sign.p12`);
      key = readFile(file).then(
        (bytes) => openPkcs12(new Uint8Array(bytes), DEMO_KEY_PIN),
        (error: unknown) => {
          const missing = (error as { code?: unknown }).code === 'ENOENT';
          throw new Error(
            missing
              ? `no demo signing key for IIN ${iin} (${file} does not exist: not a demo user, or DEMO_KEYS is off)`
              : `cannot read the demo signing key of IIN ${iin}: ${error instanceof Error ? error.message : String(error)}`,
          );
        },
      );
      // A failed open is not cached, so a key file written later is picked up.
      key.catch(() => opened.delete(iin));
      opened.set(iin, key);
    }
    return key;
  };
  return {
    async sign(iin, content) {
      const key = await keyOf(iin);
      return createSignedData({
        content,
        detached: true,
        privateKey: key.privateKey,
        certificate: key.certificate,
        chain: key.chain,
        signingTime: new Date(),
      });
    },
  };
}
