import { readFile, writeFile } from 'node:fs/promises';
import { join, resolve } from 'node:path';
import { promisify } from 'node:util';
import { brotliCompress, constants, gzip } from 'node:zlib';
import type { Plugin } from 'vite';

const brotli = promisify(brotliCompress);
const gz = promisify(gzip);

/** What is worth compressing: text. Images and fonts already are (or are tiny). */
export const compressible = /\.(?:js|mjs|css|html|svg|json|txt|map)$/;

/** The brotli settings of the build: the slowest, smallest — it runs once per build, never per request. */
export function brotliBytes(bytes: Uint8Array): Promise<Buffer> {
  return brotli(bytes, {
    params: {
      [constants.BROTLI_PARAM_QUALITY]: constants.BROTLI_MAX_QUALITY,
      [constants.BROTLI_PARAM_SIZE_HINT]: bytes.byteLength,
      [constants.BROTLI_PARAM_MODE]: constants.BROTLI_MODE_TEXT,
    },
  });
}

/**
 * ISSUE-13 item 12: writes `<file>.br` and `<file>.gz` next to every text
 * file of the build, so the server sends them as they are (@fastify/static
 * `preCompressed`) instead of compressing on every request. Every text file
 * gets both, even when compression gains little, so the server never has to
 * guess which siblings exist.
 */
export function precompress(): Plugin {
  let outDir = 'dist';
  return {
    name: 'oryndau-precompress',
    apply: 'build',
    configResolved(config) {
      outDir = resolve(config.root, config.build.outDir);
    },
    async writeBundle(_options, bundle) {
      const files = Object.keys(bundle).filter((name) => compressible.test(name));
      await Promise.all(files.map(async (name) => {
        const path = join(outDir, name);
        const bytes = await readFile(path);
        const [br, gzipped] = await Promise.all([brotliBytes(bytes), gz(bytes, { level: constants.Z_BEST_COMPRESSION })]);
        await Promise.all([writeFile(`${path}.br`, br), writeFile(`${path}.gz`, gzipped)]);
      }));
    },
  };
}
