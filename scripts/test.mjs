#!/usr/bin/env node
// `npm test`: every check and every test tier, in order, stopping at the
// first failure. Each tier is announced so the log shows what ran where.
import { spawnSync } from 'node:child_process';
import { existsSync } from 'node:fs';

const steps = [
  ['Type check (tsc --noEmit)', 'npx', ['tsc', '--noEmit', '-p', 'tsconfig.json']],
  ['Lint (typescript-eslint)', 'npx', ['eslint', '.']],
  ['Package graph (no cycles)', 'node', ['scripts/check-cycles.mjs']],
  ['Unit tests', 'npx', ['vitest', 'run', '--project', 'unit']],
  ['Integration tests on PGlite and PostgreSQL 15', 'npx', ['vitest', 'run', '--project', 'integration']],
];
if (existsSync('playwright.config.ts')) steps.push(['Browser tests in Chromium (Playwright)', 'npx', ['playwright', 'test']]);

const started = Date.now();
for (const [title, command, args] of steps) {
  const t = Date.now();
  process.stdout.write(`\n=== ${title} ===\n`);
  const run = spawnSync(command, args, { stdio: 'inherit', env: { ...process.env, TZ: 'UTC' } });
  const seconds = ((Date.now() - t) / 1000).toFixed(1);
  if (run.status !== 0) {
    process.stdout.write(`\n✗ ${title} failed after ${seconds} s\n`);
    process.exit(run.status ?? 1);
  }
  process.stdout.write(`✓ ${title} (${seconds} s)\n`);
}
process.stdout.write(`\nAll checks passed in ${((Date.now() - started) / 1000).toFixed(0)} s\n`);
