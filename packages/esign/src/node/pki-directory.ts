import { randomBytes } from 'node:crypto';
import { mkdir, readFile, rename, writeFile } from 'node:fs/promises';
import { dirname, join } from 'node:path';
import type { PkiDirectory } from '../dev-ca/fs-store';

/**
 * The dev PKI's directory on the local disk. Node-only, so it lives behind
 * the `@oryndau/esign/node` entry and the main entry stays browser-safe;
 * the CLI and the server share it.
 */
export function nodePkiDirectory(root: string): PkiDirectory {
  return {
    async read(name) {
      try {
        return new Uint8Array(await readFile(join(root, name)));
      } catch (error) {
        if ((error as NodeJS.ErrnoException).code === 'ENOENT') return null;
        throw error;
      }
    },
    async write(name, bytes) {
      const path = join(root, name);
      await mkdir(dirname(path), { recursive: true });
      // Written beside and renamed into place: several processes share one dev PKI (a server
      // and its workers, tests starting two servers at once), and a reader must never see a
      // half-written file. CA private keys are readable by the owner only, even in a dev directory.
      const temporary = `${path}.${process.pid}.${randomBytes(6).toString('hex')}.tmp`;
      await writeFile(temporary, bytes, { mode: name.endsWith('.key.pem') ? 0o600 : 0o644 });
      await rename(temporary, path);
    },
  };
}
