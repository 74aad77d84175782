import { mkdir, readFile, writeFile } from 'node:fs/promises';
import { dirname, join } from 'node:path';
import type { devCa } from '@oryndau/esign';

/** A PKI directory on the local disk for the esign dev CA. */
export function nodeDirectory(root: string): devCa.PkiDirectory {
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
      await writeFile(path, bytes, { mode: name.endsWith('.key.pem') ? 0o600 : 0o644 });
    },
  };
}
