import { mkdirSync, readdirSync, rmSync, statSync } from 'node:fs';
import { join } from 'node:path';
import { defineConfig } from '@playwright/test';
// Shared with `npm start` (scripts/build-web-if-stale.mjs).
import { buildWebIfStale } from './scripts/build-web-if-stale.mjs';

const root = import.meta.dirname;
// E2E_PORT / E2E_SIMULATORS_PORT let two checkouts run their browser tests side by side.
const port = Number(process.env['E2E_PORT'] ?? 3100);
/** The simulators listen here (not on npm start's 3199, so both can run) so tests can ask the courts' simulator what it received (ENF-11); e2e/support.ts has the same number. */
const simulatorsPort = Number(process.env['E2E_SIMULATORS_PORT'] ?? 3101);
const isRunner = process.env['TEST_WORKER_INDEX'] === undefined;

// Playwright starts `webServer` *before* `globalSetup`, and the server
// registers the bundle's files at start — so the build happens here, when the
// runner loads this file (workers load it too; they skip the work).
if (isRunner) buildWebIfStale(root);

// Every run gets an empty database; runs older than a day are swept away.
const tmp = join(root, '.tmp');
const dataDir = process.env['ORYNDAU_E2E_DATA_DIR'] ?? join(tmp, `e2e-data-${Date.now()}`);
process.env['ORYNDAU_E2E_DATA_DIR'] = dataDir;
if (isRunner) {
  mkdirSync(dataDir, { recursive: true });
  for (const name of readdirSync(tmp)) {
    const path = join(tmp, name);
    if (name.startsWith('e2e-data-') && path !== dataDir && Date.now() - statSync(path).mtimeMs > 86_400_000) {
      rmSync(path, { recursive: true, force: true });
    }
  }
}

export default defineConfig({
  testDir: './e2e',
  testMatch: '**/*.spec.ts',
  workers: 1,
  retries: 0,
  reporter: 'list',
  timeout: 60_000,
  expect: { timeout: 10_000 },
  use: {
    baseURL: `http://127.0.0.1:${port}`,
    headless: true,
    locale: 'kk-KZ',
    timezoneId: 'Asia/Almaty',
    trace: 'retain-on-failure',
    launchOptions: {
      // Debian's Chromium; Playwright's own browser download is never used.
      executablePath: '/usr/bin/chromium',
      args: [
        '--no-sandbox',
        '--disable-gpu',
        '--disable-quic',
        '--no-first-run',
        '--disable-background-networking',
        '--disable-component-update',
        '--disable-sync',
      ],
    },
  },
  webServer: {
    command: 'npx tsx apps/server/src/main.ts',
    cwd: root,
    url: `http://127.0.0.1:${port}/health`,
    timeout: 120_000,
    reuseExistingServer: false,
    stdout: 'ignore',
    stderr: 'pipe',
    env: { PORT: String(port), DATA_DIR: dataDir, NODE_ENV: 'development', TZ: 'UTC', PASSWORD_HASH_LOG2N: '15',
      SIMULATORS_PORT: String(simulatorsPort), SIMULATED_SIOPSO: 'on-time',
      SIMPLIFIED_TERRITORIES: 'nationwide', SIMPLIFIED_PERIOD_UNTIL: 'open',
      // Every browser of the run comes from one address (127.0.0.1): the
      // per-address limits meant for one person would throttle the whole
      // suite (the page walk alone makes hundreds of requests a minute). The
      // limits themselves are proven by the integration tests.
      RATE_PER_MINUTE: '100000', LOGIN_RATE_PER_MINUTE: '10000', DEBTOR_PAGE_RATE_PER_MINUTE: '10000' },
  },
});
