import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';

// ISSUE-13 item 14: `npm install` must not warn that a dependency needs a newer Node than the README promises.
const root = join(import.meta.dirname, '..');
const manifest = JSON.parse(readFileSync(join(root, 'package.json'), 'utf8')) as { engines: { node: string } };
const lock = JSON.parse(readFileSync(join(root, 'package-lock.json'), 'utf8')) as {
  packages: Record<string, { version?: string; engines?: { node?: string } | string[]; optional?: boolean }>;
};

type Version = [number, number, number];
const parse = (v: string): Version => {
  const [a = 0, b = 0, c = 0] = v.replace(/^v/, '').split('.').map((n) => (/^\d+$/.test(n) ? Number(n) : 0));
  return [a, b, c];
};
const compare = (x: Version, y: Version) => x[0] - y[0] || x[1] - y[1] || x[2] - y[2];
const parts = (v: string) => v.replace(/^v/, '').split('.').filter((n) => /^\d+$/.test(n)).length;

/** Whether `version` satisfies an npm `engines` range: `||` of space-joined comparators (>=, >, <, <=, ^, ~, =, `20`, `20.x`, `*`). */
export function satisfies(version: string, range: string): boolean {
  const v = parse(version);
  return range.split('||').some((alternative) => alternative.trim().replace(/([<>=^~]+)\s+/g, '$1').split(/\s+/).filter(Boolean).every((comparator) => {
    const [, op = '', rest = ''] = /^([<>=^~]*)(.*)$/.exec(comparator)!;
    if (rest === '*' || rest === 'x' || rest === '') return true;
    const w = parse(rest);
    const cmp = compare(v, w);
    switch (op) {
      case '>=': return cmp >= 0;
      case '>': return cmp > 0;
      case '<': return cmp < 0;
      case '<=': return cmp <= 0;
      case '^': return cmp >= 0 && (w[0] > 0 ? v[0] === w[0] : v[0] === 0 && v[1] === w[1]);
      case '~': return cmp >= 0 && v[0] === w[0] && v[1] === w[1];
      default: {
        const n = parts(rest);
        return n === 3 ? cmp === 0 : v[0] === w[0] && (n < 2 || v[1] === w[1]);
      }
    }
  }));
}

describe('ISSUE-13 item 14: the Node floor', () => {
  it('ISSUE-13 item 14: the range check reads engines as npm does', () => {
    expect(satisfies('20.19.0', '>=22')).toBe(false);
    expect(satisfies('20.19.0', '^20.19.0 || ^22.13.0 || >=24')).toBe(true);
    expect(satisfies('20.19.0', '18 || 20 || >=22')).toBe(true);
    expect(satisfies('20.19.0', '^20.0.0 || ^22.0.0')).toBe(true);
    expect(satisfies('20.19.0', '>=20.19 <21')).toBe(true);
    expect(satisfies('20.19.0', '>= 22.12.0')).toBe(false);
    expect(satisfies('20.19.0', '^22.12.0')).toBe(false);
    expect(satisfies('20.19.0', '20.x')).toBe(true);
  });

  it('ISSUE-13 item 14: every installed package accepts the lowest Node that package.json engines (and the README) allow', () => {
    const floor = /^>=\s*(\d+\.\d+)$/.exec(manifest.engines.node)![1]! + '.0';
    expect(floor).toBe('20.19.0');
    const refusing = Object.entries(lock.packages)
      // Platform binaries another platform would install (npm skips them with no warning).
      .filter(([, entry]) => !entry.optional)
      .flatMap(([path, entry]) => {
        const range = Array.isArray(entry.engines) ? undefined : entry.engines?.node;
        return range && !satisfies(floor, range) ? [`${path}@${entry.version} needs node ${range}`] : [];
      });
    expect(refusing).toEqual([]);
  });
});
