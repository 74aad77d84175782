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
  // Issue 18 item 7: a short soak — the cluster (primary, streaming replica, two server processes, HAProxy) under
  // the mixed workload for 2 minutes: no error, no process growing by a quarter (the 10-minute run's gate is 10 %).
  ['Short soak: 2 minutes of mixed load on the cluster', 'npx', ['tsx', 'scripts/soak.ts'],
    { SOAK_SECONDS: '120', SOAK_WARMUP_SECONDS: '15', SOAK_RATE: '30', SOAK_MAX_GROWTH_PCT: '25' }],
];
if (existsSync('playwright.config.ts')) steps.push(['Browser tests in Chromium (Playwright)', 'npx', ['playwright', 'test']]);

const started = Date.now();
for (const [title, command, args, env = {}] of steps) {
  const t = Date.now();
  process.stdout.write(`\n=== ${title} ===\n`);
  const run = spawnSync(command, args, { stdio: 'inherit', env: { ...process.env, TZ: 'UTC', ...env } });
  const seconds = ((Date.now() - t) / 1000).toFixed(1);
  if (run.status !== 0) {
    process.stdout.write(`\n✗ ${title} failed after ${seconds} s\n`);
    process.exit(run.status ?? 1);
  }
  process.stdout.write(`✓ ${title} (${seconds} s)\n`);
}
process.stdout.write(`\nAll checks passed in ${((Date.now() - started) / 1000).toFixed(0)} s\n`);
