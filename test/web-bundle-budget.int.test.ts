import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { build } from 'vite';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { filesFor, pageCost, pages, ratchet, readManifest } from '../apps/web/bundle-budget';
import type { Manifest } from '../apps/web/bundle-budget';

// Builds the web app into a temporary directory (apps/web/dist is left alone)
// and weighs the compressed JavaScript each page needs at its first render.
const outDir = mkdtempSync(join(tmpdir(), 'oryndau-web-'));
let manifest: Manifest;

describe('ISSUE-13 item 12: the first load of the sign-in and the debtor page', () => {
  beforeAll(async () => {
    // vitest runs with NODE_ENV=test, which would bundle React's development build.
    const nodeEnv = process.env['NODE_ENV'];
    process.env['NODE_ENV'] = 'production';
    try {
      await build({ configFile: resolve('apps/web/vite.config.ts'), mode: 'production', logLevel: 'error', build: { outDir, emptyOutDir: true } });
    } finally {
      process.env['NODE_ENV'] = nodeEnv;
    }
    manifest = readManifest(outDir);
  }, 180_000);
  afterAll(() => rmSync(outDir, { recursive: true, force: true }));

  it('ISSUE-13 item 12 (SIMP-3): the debtor page and the sign-in page stay within their brotli JavaScript (interim ratchet; issue budget 150/250 KB)', () => {
    for (const page of ['debtor', 'signIn'] as const) {
      const cost = pageCost(outDir, manifest, pages[page]);
      expect(cost.brotli, `${page}: ${cost.files.join(', ')}`).toBeLessThanOrEqual(ratchet[page]);
      expect(cost.gzip).toBeGreaterThan(cost.brotli); // both files exist and brotli is the smaller
    }
  });

  it('ISSUE-13 item 12: neither page loads the enforcement workspace, the tables or the signing dialog', () => {
    // Chunks are named after their first module: the card page, the queues, the signing dialog, the demo keys, antd's Table.
    const heavy = ['card-page', 'queues-page', 'signing-dialog', 'demo-keys', 'table'];
    const all = Object.values(manifest).map((chunk) => chunk.file);
    const chunkOf = (name: string) => (file: string) => file.startsWith(`assets/${name}-`) && file.endsWith('.js');
    for (const name of heavy) expect(all.some(chunkOf(name)), name).toBe(true);
    for (const page of ['debtor', 'signIn'] as const) {
      const files = filesFor(manifest, pages[page]);
      for (const name of heavy) expect(files.filter(chunkOf(name)), `${page} loads ${name}`).toEqual([]);
    }
    // The debtor's root does not even load the signed-in app.
    expect(filesFor(manifest, pages.debtor)).not.toContain(manifest['src/app.tsx']?.file);
  });
});
