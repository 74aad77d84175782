import { mkdir, readFile, writeFile } from 'node:fs/promises';
import { dirname, join } from 'node:path';
import type { devCa } from '@oryndau/esign';

/** A usage problem (bad flag, unreadable file): exit code 2. */
export class UsageError extends Error {}

/** The dev PKI directory on disk for @oryndau/esign's store (which does no I/O itself). */
export function nodePkiDirectory(dir: string): devCa.PkiDirectory {
  return {
    async read(name) {
      try {
        return new Uint8Array(await readFile(join(dir, name)));
      } catch (error) {
        if ((error as NodeJS.ErrnoException).code === 'ENOENT') return null;
        throw error;
      }
    },
    async write(name, bytes) {
      await mkdir(dir, { recursive: true });
      // CA private keys are readable by the owner only, even in a dev directory.
      await writeFile(join(dir, name), bytes, name.endsWith('.key.pem') ? { mode: 0o600 } : {});
    },
  };
}

export async function readInput(path: string, what: string): Promise<Uint8Array> {
  try {
    return new Uint8Array(await readFile(path));
  } catch (error) {
    throw new UsageError(`cannot read ${what} "${path}": ${(error as NodeJS.ErrnoException).code ?? (error as Error).message}`);
  }
}

export async function writeOutput(path: string, bytes: Uint8Array | string): Promise<void> {
  await mkdir(dirname(path), { recursive: true });
  await writeFile(path, bytes);
}
