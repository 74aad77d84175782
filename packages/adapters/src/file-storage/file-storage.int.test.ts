import { createHash } from 'node:crypto';
import { mkdtemp, readdir, readFile, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { FileStorageError, InMemoryFileStorage, LocalDirectoryFileStorage, storageKeyOf, type FileStoragePort } from '.';

let root: string;
beforeEach(async () => {
  root = await mkdtemp(join(tmpdir(), 'oryndau-files-'));
});
afterEach(async () => {
  await rm(root, { recursive: true, force: true });
});

const pdf = new TextEncoder().encode('%PDF-1.4\n% Oryndau attachment\n%%EOF\n');
const sha = (bytes: Uint8Array) => createHash('sha256').update(bytes).digest('hex');

async function expectStorageError(promise: Promise<unknown>, code: string): Promise<void> {
  const error = await promise.then(() => null, (e: unknown) => e);
  expect(error).toBeInstanceOf(FileStorageError);
  expect((error as FileStorageError).code).toBe(code);
}

async function allFiles(directory: string): Promise<string[]> {
  const entries = await readdir(directory, { recursive: true, withFileTypes: true });
  return entries.filter((e) => e.isFile()).map((e) => join(e.parentPath, e.name).slice(directory.length + 1)).sort();
}

const implementations: [string, () => FileStoragePort][] = [
  ['local directory', () => new LocalDirectoryFileStorage({ directory: join(root, 'files') })],
  ['in memory', () => new InMemoryFileStorage()],
];

describe.each(implementations)('ISSUE-14 item 4: file storage (%s)', (_name, make) => {
  it('ISSUE-14 item 4, FILE-1: put returns the SHA-256, the size and a content-addressed key; get gives the same bytes back', async () => {
    const storage = make();
    const stored = await storage.put(pdf, { kind: 'pdf', originalName: 'Талап арыз.pdf' });
    expect(stored).toEqual({ storageKey: `${sha(pdf).slice(0, 2)}/${sha(pdf).slice(2, 4)}/${sha(pdf)}`, sha256: sha(pdf), sizeBytes: pdf.length });
    expect(await storage.exists(stored.storageKey)).toBe(true);
    expect(await storage.get(stored.storageKey)).toEqual(pdf);
  });

  it('ISSUE-14 item 4: the same bytes stored twice share one key; other bytes get another', async () => {
    const storage = make();
    const a = await storage.put(pdf, { kind: 'pdf', originalName: 'a.pdf' });
    const b = await storage.put(pdf.slice(), { kind: 'pdf', originalName: 'b.pdf' });
    const c = await storage.put(new Uint8Array([1, 2, 3]), { kind: 'jpeg', originalName: 'c.jpg' });
    expect(b.storageKey).toBe(a.storageKey);
    expect(c.storageKey).not.toBe(a.storageKey);
    expect(await storage.get(c.storageKey)).toEqual(new Uint8Array([1, 2, 3]));
  });

  it('ISSUE-14 item 4: an unknown key is not found; a key not of our form is refused before any read (no path traversal)', async () => {
    const storage = make();
    const absent = storageKeyOf(sha(new Uint8Array([9])));
    expect(await storage.exists(absent)).toBe(false);
    await expectStorageError(storage.get(absent), 'not_found');
    for (const key of ['../../etc/passwd', `00/00/${sha(pdf)}`, sha(pdf), `${storageKeyOf(sha(pdf))}/..`, storageKeyOf(sha(pdf)).toUpperCase()]) {
      expect(await storage.exists(key)).toBe(false);
      await expectStorageError(storage.get(key), 'invalid_key');
    }
  });
});

describe('ISSUE-14 item 4: the local directory storage on disk', () => {
  it('ISSUE-14 item 4: files sit under two-level fan-out directories named by the hash, with no temporary file left', async () => {
    const storage = new LocalDirectoryFileStorage({ directory: join(root, 'files') });
    const { storageKey, sha256 } = await storage.put(pdf, { kind: 'pdf', originalName: 'a.pdf' });
    expect(await allFiles(join(root, 'files'))).toEqual([join(sha256.slice(0, 2), sha256.slice(2, 4), sha256)]);
    expect(new Uint8Array(await readFile(storage.pathOf(storageKey)))).toEqual(pdf);
    // A second storage over the same directory (a restart) reads what the first wrote.
    expect(await new LocalDirectoryFileStorage({ directory: join(root, 'files') }).get(storageKey)).toEqual(pdf);
  });

  it('ISSUE-14 item 4: bytes changed on disk are refused as corrupt on read; storing them again repairs the file', async () => {
    const storage = new LocalDirectoryFileStorage({ directory: join(root, 'files') });
    const { storageKey } = await storage.put(pdf, { kind: 'pdf', originalName: 'a.pdf' });
    const damaged = pdf.slice();
    damaged[10] = 0x58;
    await writeFile(storage.pathOf(storageKey), damaged);
    await expectStorageError(storage.get(storageKey), 'corrupt');
    await storage.put(pdf, { kind: 'pdf', originalName: 'a.pdf' });
    expect(await storage.get(storageKey)).toEqual(pdf);
  });

  it('ISSUE-14 item 4: a leftover temporary file from a crash is never read as a stored file', async () => {
    const storage = new LocalDirectoryFileStorage({ directory: join(root, 'files') });
    const key = storageKeyOf(sha(pdf));
    // A write that died before its rename leaves only a dot-named temporary beside the final name.
    const [first, second, hash] = key.split('/') as [string, string, string];
    const { mkdir } = await import('node:fs/promises');
    await mkdir(join(root, 'files', first, second), { recursive: true });
    await writeFile(join(root, 'files', first, second, `.${hash.slice(0, 16)}.dead.tmp`), pdf.subarray(0, 5));
    expect(await storage.exists(key)).toBe(false);
    await expectStorageError(storage.get(key), 'not_found');
    await storage.put(pdf, { kind: 'pdf', originalName: 'a.pdf' });
    expect(await storage.get(key)).toEqual(pdf);
  });

  it('ISSUE-14 item 4: many puts at once of the same and of different bytes all land whole', async () => {
    const storage = new LocalDirectoryFileStorage({ directory: join(root, 'files') });
    const payloads = Array.from({ length: 8 }, (_, i) => new Uint8Array(16 * 1024).fill(i % 4));
    const stored = await Promise.all(payloads.map((bytes, i) => storage.put(bytes, { kind: 'pdf', originalName: `${i}.pdf` })));
    expect(new Set(stored.map((s) => s.storageKey)).size).toBe(4);
    for (const [i, s] of stored.entries()) expect(await storage.get(s.storageKey)).toEqual(payloads[i]);
    expect((await allFiles(join(root, 'files'))).filter((f) => f.endsWith('.tmp'))).toEqual([]);
  });
});
