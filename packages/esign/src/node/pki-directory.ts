import { mkdir, readFile, writeFile } from 'node:fs/promises';
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
      // CA private keys are readable by the owner only, even in a dev directory.
      await writeFile(path, bytes, { mode: name.endsWith('.key.pem') ? 0o600 : 0o644 });
    },
  };
}
