import { mkdir, readFile, writeFile } from 'node:fs/promises';
import { dirname } from 'node:path';
export { nodePkiDirectory } from '@oryndau/esign/node';

/** A usage problem (bad flag, unreadable file): exit code 2. */
export class UsageError extends Error {}

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
