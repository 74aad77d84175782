import { mkdirSync, mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { brotliCompressSync, brotliDecompressSync, gunzipSync, gzipSync } from 'node:zlib';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { startTestSystem } from '../../../test/harness/test-system';
import type { System } from './system';

// A stand-in for apps/web/dist as the build writes it: every text file with its .br and .gz.
const dist = mkdtempSync(join(tmpdir(), 'oryndau-dist-'));
const SCRIPT = `console.log(${JSON.stringify('Oryndau '.repeat(200))});`;
const PAGE = '<!doctype html><html lang="kk"><head><script type="module" src="/assets/index-Ab3_x-Yz.js"></script></head><body><div id="root"></div></body></html>';
function write(path: string, text: string) {
  writeFileSync(join(dist, path), text);
  writeFileSync(join(dist, `${path}.br`), brotliCompressSync(Buffer.from(text)));
  writeFileSync(join(dist, `${path}.gz`), gzipSync(Buffer.from(text)));
}
mkdirSync(join(dist, 'assets'));
write('index.html', PAGE);
write('assets/index-Ab3_x-Yz.js', SCRIPT);

describe('ISSUE-13 item 12: the web bundle is sent precompressed and cached by what it is', () => {
  let system: System;
  beforeAll(async () => {
    ({ system } = await startTestSystem('pglite', { WEB_DIST: dist }));
  });
  afterAll(async () => system.stop());
  const get = (url: string, acceptEncoding?: string) =>
    system.app.inject({ method: 'GET', url, headers: acceptEncoding === undefined ? {} : { 'accept-encoding': acceptEncoding } });

  it('sends the brotli file to a browser that accepts br, the gzip file to one that accepts only gzip, the plain file otherwise', async () => {
    const br = await get('/assets/index-Ab3_x-Yz.js', 'gzip, deflate, br');
    expect(br.statusCode).toBe(200);
    expect(br.headers['content-encoding']).toBe('br');
    expect(br.headers['content-type']).toMatch(/javascript/);
    expect(br.headers['vary']).toMatch(/accept-encoding/i);
    expect(brotliDecompressSync(br.rawPayload).toString()).toBe(SCRIPT);
    expect(br.rawPayload.length).toBeLessThan(SCRIPT.length / 4);

    const gz = await get('/assets/index-Ab3_x-Yz.js', 'gzip');
    expect(gz.headers['content-encoding']).toBe('gzip');
    expect(gunzipSync(gz.rawPayload).toString()).toBe(SCRIPT);

    const plain = await get('/assets/index-Ab3_x-Yz.js');
    expect(plain.headers['content-encoding']).toBeUndefined();
    expect(plain.body).toBe(SCRIPT);
  });

  it('lets a browser keep a hashed asset for a year, and asks again for index.html each time', async () => {
    for (const encoding of ['br', 'gzip', undefined]) {
      const asset = await get('/assets/index-Ab3_x-Yz.js', encoding);
      expect(asset.headers['cache-control']).toBe('public, max-age=31536000, immutable');
    }
    for (const url of ['/', '/index.html', '/s/some-debtor-link-token', '/verify/abc', '/enp', '/enp/courts', '/enp/case']) {
      const page = await get(url, 'br');
      expect(page.statusCode, url).toBe(200);
      expect(page.headers['cache-control'], url).toBe('no-cache');
      expect(page.headers['content-type'], url).toMatch(/text\/html/);
    }
    const index = await get('/', 'br');
    expect(index.headers['content-encoding']).toBe('br');
    expect(brotliDecompressSync(index.rawPayload).toString()).toBe(PAGE);
  });

  it('serves no .br or .gz file under its own name', async () => {
    expect((await get('/assets/index-Ab3_x-Yz.js.br')).headers['content-type'] ?? '').not.toMatch(/javascript/);
  });
});
