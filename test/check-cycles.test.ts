import { spawnSync } from 'node:child_process';
import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';

const dirs: string[] = [];
function tree(packages: Record<string, { deps: string[]; source?: string }>): string {
  const root = mkdtempSync(join(tmpdir(), 'cycles-'));
  dirs.push(root);
  for (const [name, spec] of Object.entries(packages)) {
    const dir = join(root, 'packages', name);
    mkdirSync(join(dir, 'src'), { recursive: true });
    writeFileSync(join(dir, 'package.json'), JSON.stringify({
      name: `@oryndau/${name}`, dependencies: Object.fromEntries(spec.deps.map((d) => [`@oryndau/${d}`, '0.1.0'])),
    }));
    writeFileSync(join(dir, 'src', 'index.ts'), spec.source ?? 'export const x = 1;\n');
  }
  return root;
}
const check = (root: string) => spawnSync(process.execPath, ['scripts/check-cycles.mjs', root], { encoding: 'utf8' });

afterEach(() => { for (const d of dirs.splice(0)) rmSync(d, { recursive: true, force: true }); });

describe('package graph check', () => {
  it('passes an acyclic graph', () => {
    const result = check(tree({ kz: { deps: [] }, domain: { deps: ['kz'], source: "import { x } from '@oryndau/kz';\n" } }));
    expect(result.status).toBe(0);
  });
  it('fails on a cycle between packages', () => {
    const result = check(tree({ kz: { deps: ['domain'] }, domain: { deps: ['kz'] } }));
    expect(result.status).toBe(1);
    expect(result.stderr).toMatch(/cycle: @oryndau\/(kz|domain) -> /);
  });
  it('fails on an import the package does not declare', () => {
    const result = check(tree({ kz: { deps: [], source: "import { y } from '@oryndau/domain';\n" }, domain: { deps: [] } }));
    expect(result.status).toBe(1);
    expect(result.stderr).toContain('not declared');
  });
});
