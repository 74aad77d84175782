import { resolve } from 'node:path';
import { z } from 'zod';

// Everything the server reads from the environment, validated once at start.
const schema = z.object({
  PORT: z.coerce.number().int().min(0).max(65535).default(3000),
  HOST: z.string().default('0.0.0.0'),
  /** postgres://… selects a PostgreSQL server; absent = embedded PGlite. */
  DATABASE_URL: z.string().regex(/^postgres(ql)?:\/\//).optional(),
  /** Where PGlite keeps its files (and the dev PKI later). */
  DATA_DIR: z.string().default('./data'),
  NODE_ENV: z.enum(['development', 'production', 'test']).default('development'),
  /** Dev mode: demo helpers such as the page of "sent" SMS and e-mail. */
  DEV_MODE: z.enum(['true', 'false']).optional(),
  /** smtp://user:pass@host:port — e-mail goes out over SMTP when set. */
  SMTP_URL: z.string().optional(),
  SEED_DEMO: z.enum(['true', 'false']).default('true'),
  /** scrypt cost N as a power of two (17 = OWASP minimum). */
  PASSWORD_HASH_LOG2N: z.coerce.number().int().min(10).max(20).default(17),
  LOGIN_MAX_FAILURES: z.coerce.number().int().min(1).default(5),
  LOGIN_LOCK_MINUTES: z.coerce.number().int().min(1).default(15),
  LOGIN_RATE_PER_MINUTE: z.coerce.number().int().min(1).default(20),
  RATE_PER_MINUTE: z.coerce.number().int().min(1).default(600),
  SESSION_IDLE_MINUTES: z.coerce.number().int().min(1).default(30),
  SESSION_MAX_HOURS: z.coerce.number().int().min(1).default(12),
  WORKER_INTERVAL_MS: z.coerce.number().int().min(50).default(1000),
  /** Base URLs of the external systems; absent = the built-in simulators. */
  ERAP_URL: z.string().url().optional(),
  MOBILE_CITIZENS_URL: z.string().url().optional(),
  GBD_FL_URL: z.string().url().optional(),
  PAYMENTS_URL: z.string().url().optional(),
  SIOPSO_URL: z.string().url().optional(),
  COURT_SYSTEM_URL: z.string().url().optional(),
  ARCHIVE_URL: z.string().url().optional(),
  SMS_URL: z.string().url().optional(),
  WEB_DIST: z.string().optional(),
});

export type Config = {
  port: number;
  host: string;
  databaseUrl: string | undefined;
  dataDir: string;
  production: boolean;
  devMode: boolean;
  smtpUrl: string | undefined;
  seedDemo: boolean;
  passwordLog2N: number;
  login: { maxFailures: number; lockMinutes: number; ratePerMinute: number };
  ratePerMinute: number;
  session: { idleMinutes: number; maxHours: number };
  workerIntervalMs: number;
  externalUrls: Record<string, string | undefined>;
  webDist: string;
};

export function loadConfig(env: Record<string, string | undefined> = process.env): Config {
  const parsed = schema.safeParse(env);
  if (!parsed.success) {
    const problems = parsed.error.issues.map((i) => `${i.path.join('.')}: ${i.message}`).join('; ');
    throw new Error(`Invalid configuration: ${problems}`);
  }
  const e = parsed.data;
  const production = e.NODE_ENV === 'production';
  return {
    port: e.PORT,
    host: e.HOST,
    databaseUrl: e.DATABASE_URL,
    dataDir: resolve(e.DATA_DIR),
    production,
    devMode: e.DEV_MODE ? e.DEV_MODE === 'true' : !production,
    smtpUrl: e.SMTP_URL,
    seedDemo: e.SEED_DEMO === 'true',
    passwordLog2N: e.PASSWORD_HASH_LOG2N,
    login: { maxFailures: e.LOGIN_MAX_FAILURES, lockMinutes: e.LOGIN_LOCK_MINUTES, ratePerMinute: e.LOGIN_RATE_PER_MINUTE },
    ratePerMinute: e.RATE_PER_MINUTE,
    session: { idleMinutes: e.SESSION_IDLE_MINUTES, maxHours: e.SESSION_MAX_HOURS },
    workerIntervalMs: e.WORKER_INTERVAL_MS,
    externalUrls: {
      erap: e.ERAP_URL, mobileCitizens: e.MOBILE_CITIZENS_URL, gbdFl: e.GBD_FL_URL, payments: e.PAYMENTS_URL,
      siopso: e.SIOPSO_URL, courtSystem: e.COURT_SYSTEM_URL, archive: e.ARCHIVE_URL, sms: e.SMS_URL,
    },
    webDist: resolve(e.WEB_DIST ?? 'apps/web/dist'),
  };
}
