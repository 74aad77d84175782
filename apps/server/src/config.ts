import { isIP } from 'node:net';
import { isAbsolute, join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { adaptersConfigFromEnv } from '@oryndau/adapters';
import type { AdaptersConfig } from '@oryndau/adapters';
import { DEV_PAYMENTS_NOTIFY_SECRET } from '@oryndau/adapters';
import { DEV_SYSTEM_ORGANISATION_BIN, simplified } from '@oryndau/domain';
import { DEFAULT_ATTACHMENT_MAX_BYTES } from '@oryndau/documents/attachments';
import { isValidBin } from '@oryndau/kz';
import { z } from 'zod';
import { Secret } from './secret';

/**
 * ISSUE-13 item 14: the simulators' port when SIMULATORS_PORT is not set, so the README's curl works as
 * written (`NODE_ENV=test` takes any free port: test systems run side by side). Busy = another free port, said plainly.
 */
export const DEFAULT_SIMULATORS_PORT = 3199;

// Everything the server reads from the environment, validated once at start.
const schema = z.object({
  PORT: z.coerce.number().int().min(0).max(65535).default(3000),
  HOST: z.string().default('0.0.0.0'),
  /** postgres://… selects a PostgreSQL server; absent = embedded PGlite. */
  DATABASE_URL: z.string().regex(/^postgres(ql)?:\/\//).optional(),
  /**
   * Issue 18 item 6: a streaming replica of DATABASE_URL for read-only traffic (ЭНП portal, public verification
   * pages, dashboards; docs/scaling.md). Absent = every read goes to the primary, as before.
   */
  DATABASE_REPLICA_URL: z.string().regex(/^postgres(ql)?:\/\//).optional(),
  /** After a client's write, its routed reads stay on the primary this long (seconds): its own write is there at once. */
  REPLICA_STICKY_SECONDS: z.coerce.number().min(0).max(3600).default(5),
  /** Where PGlite keeps its files (and the dev PKI later). */
  DATA_DIR: z.string().default('./data'),
  NODE_ENV: z.enum(['development', 'production', 'test']).default('development'),
  /** Dev mode: demo helpers such as the page of "sent" SMS and e-mail. */
  DEV_MODE: z.enum(['true', 'false']).optional(),
  /** Demo organisations and users into an empty database; default: outside production only, and never in production. */
  SEED_DEMO: z.enum(['true', 'false']).optional(),
  /** Mask the credentials of delivered messages in the outbox (ЭНП passwords, debtors' links); default: in production. */
  OUTBOX_SCRUB_SECRETS: z.enum(['true', 'false']).optional(),
  /** scrypt cost N as a power of two (17 = OWASP minimum). */
  PASSWORD_HASH_LOG2N: z.coerce.number().int().min(10).max(20).default(17),
  LOGIN_MAX_FAILURES: z.coerce.number().int().min(1).default(5),
  LOGIN_LOCK_MINUTES: z.coerce.number().int().min(1).default(15),
  LOGIN_RATE_PER_MINUTE: z.coerce.number().int().min(1).default(20),
  RATE_PER_MINUTE: z.coerce.number().int().min(1).default(600),
  SESSION_IDLE_MINUTES: z.coerce.number().int().min(1).default(30),
  SESSION_MAX_HOURS: z.coerce.number().int().min(1).default(12),
  WORKER_INTERVAL_MS: z.coerce.number().int().min(50).default(1000),
  /** Issue 12: the journal's sealer signs a tree head at most this often (seconds), when anything is new. */
  JOURNAL_SEAL_SECONDS: z.coerce.number().min(0.05).max(3600).default(1),
  /**
   * Where every signed tree head is also delivered (comma-separated): http(s):// endpoints (POSTed as JSON),
   * e-mail addresses (mailto: or plain), or directories (file:///path or an absolute path). Default outside
   * production: $DATA_DIR/journal-witness.
   */
  JOURNAL_WITNESSES: z.string().optional(),
  /** Port of the built-in simulators of external systems (0 = any free port); default DEFAULT_SIMULATORS_PORT, tests any free one. */
  SIMULATORS_PORT: z.coerce.number().int().min(0).max(65535).optional(),
  WEB_DIST: z.string().optional(),
  /** Where the dev PKI (a test NCA) lives; default $DATA_DIR/pki. */
  PKI_DIR: z.string().optional(),
  /** Trust the dev PKI / NCA test PKI (checklist item 9); default: outside production only. */
  ALLOW_TEST_PKI: z.enum(['true', 'false']).optional(),
  /** Issue demo key files for the demo users into the dev PKI; default: with demo data outside production; never in production. */
  DEMO_KEYS: z.enum(['true', 'false']).optional(),
  /** BIN of the system organisation (reference data; its key seals the system's acts). Default: the dev BIN, which production must not keep. */
  SYSTEM_ORGANISATION_BIN: z.string().refine(isValidBin, 'a BIN: 12 digits with a valid check digit').optional(),
  /** The system organisation's signing key (PKCS#12). Absent outside production: the dev PKI issues one. */
  SYSTEM_KEY_FILE: z.string().min(1).optional(),
  /** Its PIN, or a file holding it (SYSTEM_KEY_PIN_FILE, e.g. a container secret); never logged. */
  SYSTEM_KEY_PIN: z.string().min(1).optional(),
  SYSTEM_KEY_PIN_FILE: z.string().min(1).optional(),
  /** Comma-separated PEM/DER files of pinned production trust anchors (NCA roots/issuing CAs). */
  TRUST_ANCHORS: z.string().optional(),
  /** Comma-separated DER CRL files (full and delta) of those CAs. */
  TRUST_CRLS: z.string().optional(),
  /** Comma-separated http(s):// or file:// URLs of full and delta CRLs, refreshed by the worker before they lapse. */
  TRUST_CRL_URLS: z.string().optional(),
  /** OCSP responder (RFC 6960) asked about user certificates of every trusted CA. */
  OCSP_URL: z.string().url().optional(),
  /** Per issuing CA: comma-separated `<subject key identifier hex>=<responder URL>` (wins over OCSP_URL). */
  OCSP_RESPONDERS: z.string().optional(),
  /** Ask the responder named in the certificate's AIA extension when none is configured. */
  OCSP_USE_AIA: z.enum(['true', 'false']).default('false'),
  /** CertID hash the responders expect. */
  OCSP_HASH: z.enum(['SHA-1', 'SHA-256']).default('SHA-1'),
  /** How long an OCSP answer without nextUpdate counts as fresh. */
  OCSP_MAX_AGE_SECONDS: z.coerce.number().int().min(1).default(3600),
  /** The address users reach the system at (QR codes, CRL distribution points). */
  PUBLIC_URL: z.string().url().optional(),
  /**
   * Comma-separated addresses or CIDR ranges (IPv4 and IPv6) of the reverse
   * proxies whose X-Forwarded-For is believed. Default none: the client's
   * address is the TCP peer's, so the header cannot dodge a rate limit or
   * forge the journal's address.
   */
  TRUSTED_PROXIES: z.string().default('').refine((v) => list(v).every(isProxyEntry),
    { message: 'expected comma-separated IPv4/IPv6 addresses or CIDR ranges (e.g. 10.0.0.5,10.1.0.0/16,fd00::/8)' }),
  /** Bearer token the courts' system presents when it sends electronic writs (ENF-11); required in production. */
  COURT_SYSTEM_TOKEN: z.string().min(16).optional(),
  /**
   * FILE-16: the enforcement intake's route the courts' writs are POSTed to (with COURT_SYSTEM_TOKEN).
   * Default: this server's own `/api/integrations/court-system/writs` (one deployment: the same server over HTTP).
   */
  ENFORCEMENT_INTAKE_URL: z.string().url().optional(),
  /**
   * FILE-16, ENF-11: where enforcement reports the statuses of writs issued by Oryndau's own courts (base URL of the
   * court side's receiver, `…/executive-documents/:id/status` appended). Default: this server's `/api/integrations/enforcement`.
   */
  COURT_WRIT_STATUS_URL: z.string().url().optional(),
  /** Bearer token enforcement presents to the court side when it reports a writ's status (FILE-16); required in production. */
  ENFORCEMENT_SYSTEM_TOKEN: z.string().min(16).optional(),
  /** Bearer token ЕРАП presents when it sends fines for collection (SIMP-1); required in production. */
  ERAP_TOKEN: z.string().min(16).optional(),
  /** Shared secret of the payment gateway's signed notifications (SIMP-4); required in production. */
  PAYMENTS_NOTIFY_SECRET: z.string().min(16).optional(),
  /**
   * ENP-3: the key of the keyed lookup of ЭНП passwords (HMAC-SHA256 over IIN ‖ password, docs/enp.md). Changing it
   * invalidates every issued password's lookup (re-issue them); required in production for the portal to work.
   */
  ENP_LOOKUP_SECRET: z.string().min(32).optional(),
  /** ENP-2: the portal's address printed on the card; default PUBLIC_URL + /enp. */
  ENP_PORTAL_URL: z.string().url().optional(),
  /** ENP-3: wrong passwords before an IIN locks, and before a client address locks, and for how long. */
  ENP_MAX_FAILURES_PER_IIN: z.coerce.number().int().min(1).default(5),
  ENP_MAX_FAILURES_PER_ADDRESS: z.coerce.number().int().min(1).default(20),
  ENP_LOCK_MINUTES: z.coerce.number().int().min(1).default(15),
  /** ENP-3: an ЭНП session ends after this many minutes without requests (and at most 8 hours after sign-in). */
  ENP_SESSION_IDLE_MINUTES: z.coerce.number().int().min(1).default(30),
  /** Issue 16 (bench:enp): rendered ЭНП case pages kept per server process (LRU; 0 = no cache). */
  ENP_PAGE_CACHE_ENTRIES: z.coerce.number().int().min(0).max(1_000_000).default(10_000),
  /** SIMP-3: requests per minute one address may make to the debtor's page (the link is the credential). */
  DEBTOR_PAGE_RATE_PER_MINUTE: z.coerce.number().int().min(1).default(60),
  /** SIMP-1: threshold in MRP (inclusive). */
  SIMPLIFIED_THRESHOLD_MRP: z.coerce.number().positive().default(10),
  /** SIMP-1: comma-separated KATO codes of pilot territories, or `nationwide`. Default: the city of Taraz. */
  SIMPLIFIED_TERRITORIES: z.string().default('311000000'),
  /** SIMP-1: last case-opening date of the pilot (YYYY-MM-DD), or `open`. */
  SIMPLIFIED_PERIOD_UNTIL: z.union([z.literal('open'), z.iso.date()]).default('2024-12-31'),
  /** Simulated СИОПСО: `realistic` (some answers late, some refused) or `on-time` (every answer after a few seconds; browser tests). */
  SIMULATED_SIOPSO: z.enum(['realistic', 'on-time']).default('realistic'),
  /** Issue 14 item 4: the directory of stored files (attachments, receipts), content-addressed; default $DATA_DIR/files. */
  FILES_DIR: z.string().min(1).optional(),
  /** FILE-1: the largest attachment accepted, in bytes; default 10 MB (10485760). */
  ATTACHMENT_MAX_BYTES: z.coerce.number().int().min(1024).max(1024 * 1024 * 1024).default(DEFAULT_ATTACHMENT_MAX_BYTES),
});

/** A place a copy of every signed tree head goes to (JOURNAL_WITNESSES). */
export type JournalWitness = { kind: 'http'; url: string } | { kind: 'email'; address: string } | { kind: 'directory'; path: string };

const EMAIL = /^[^@\s,]+@[^@\s,]+\.[^@\s,]+$/;

/** Parses JOURNAL_WITNESSES; an entry that is none of the three kinds refuses the start. */
export function journalWitnesses(value: string): JournalWitness[] {
  return list(value).map((item): JournalWitness => {
    if (/^https?:\/\//i.test(item)) return { kind: 'http', url: checkedUrl('JOURNAL_WITNESSES', item, /^https?:\/\//i) };
    if (/^mailto:/i.test(item) && EMAIL.test(item.slice(7))) return { kind: 'email', address: item.slice(7) };
    if (EMAIL.test(item)) return { kind: 'email', address: item };
    if (/^file:\/\//i.test(item)) return { kind: 'directory', path: fileURLToPath(item) };
    if (isAbsolute(item)) return { kind: 'directory', path: item };
    throw new Error(`Invalid configuration: JOURNAL_WITNESSES entry ${JSON.stringify(item)} is not an http(s) URL, an e-mail address or an absolute directory`);
  });
}

export type Config = {
  port: number;
  host: string;
  databaseUrl: string | undefined;
  /** DATABASE_REPLICA_URL and how long a client's reads stay on the primary after its write (docs/scaling.md). */
  replica: { url: string | null; stickyMs: number };
  dataDir: string;
  production: boolean;
  devMode: boolean;
  seedDemo: boolean;
  passwordLog2N: number;
  login: { maxFailures: number; lockMinutes: number; ratePerMinute: number };
  ratePerMinute: number;
  session: { idleMinutes: number; maxHours: number };
  workerIntervalMs: number;
  /** OUTBOX_SCRUB_SECRETS: credentials in delivered messages are masked in the outbox (migration 0030). */
  scrubOutboxSecrets: boolean;
  /** Issue 12: the verifiable journal's sealer and its witnesses. */
  journal: { sealMs: number; witnesses: JournalWitness[] };
  /** External systems (ERAP_URL, …, SMTP_URL); systems without a URL get a simulator outside production. */
  adapters: AdaptersConfig;
  /** Where the simulators listen; `fixed` = SIMULATORS_PORT was set (a busy port then refuses the start). */
  simulators: { port: number; fixed: boolean };
  webDist: string;
  publicOrigin: string;
  /** X-Forwarded-For is honoured only from these peers (TRUSTED_PROXIES); empty = never. */
  trustedProxies: string[];
  trust: { pkiDir: string; allowTestPki: boolean; demoKeys: boolean; anchorFiles: string[]; crlFiles: string[]; crlUrls: string[] };
  /** The system organisation and its signing key (simplified/system-key.ts). */
  system: {
    organisationBin: string;
    /** false = the dev default BIN is in use (production reports it as missing). */
    organisationBinConfigured: boolean;
    keyFile: string | null;
    keyPin: Secret | null;
    keyPinFile: string | null;
  };
  /** Settings that were asked for and ignored (e.g. SEED_DEMO=true in production); logged at start. */
  warnings: string[];
  /** OCSP (issue 11 item 11): who is asked, with which CertID hash, how fresh an answer must be. */
  ocsp: { url: string | null; responders: Record<string, string>; useAia: boolean; hash: 'SHA-1' | 'SHA-256'; maxAgeMs: number };
  /** ENF-11 intake token; null = the intake refuses every call (production without a token). */
  courtSystemToken: string | null;
  simulatedSiopso: 'realistic' | 'on-time';
  /**
   * FILE-16: the courts' writs to enforcement and the statuses back. Null URLs = this server's own routes
   * (resolved once it listens); the token is what the court side's status receiver expects (null in production
   * without ENFORCEMENT_SYSTEM_TOKEN: the receiver refuses every call).
   */
  courtWrits: { intakeUrl: string | null; statusUrl: string | null; enforcementToken: string | null };
  /** SIMP-1 intake token; null = the intake refuses every call (production without a token). */
  erapToken: string | null;
  paymentsNotifySecret: string | null;
  debtorPageRatePerMinute: number;
  /** SIMP-1 eligibility settings. */
  simplified: simplified.SimplifiedSettings;
  /** Issue 14 item 4: stored files (FILES_DIR) and the attachment size limit (ATTACHMENT_MAX_BYTES). */
  files: { directory: string; attachmentMaxBytes: number };
  /** Issue 16 (ЭНП): the lookup key (null in production without ENP_LOOKUP_SECRET: the portal refuses), the card's address, limits. */
  enp: {
    lookupSecret: Secret | null; portalUrl: string; maxFailuresPerIin: number; maxFailuresPerAddress: number; lockMinutes: number;
    session: { idleMinutes: number; maxHours: number };
    /** The participant's case pages cached per process (ENP_PAGE_CACHE_ENTRIES; 0 = none). */
    pageCacheEntries: number;
  };
};

/** Outside production the ЭНП lookup key is this unless ENP_LOOKUP_SECRET is set. */
export const DEV_ENP_LOOKUP_SECRET = 'dev-enp-lookup-secret-000000000000001';

/** Outside production the courts' simulator uses this token unless COURT_SYSTEM_TOKEN is set. */
export const DEV_COURT_SYSTEM_TOKEN = 'dev-court-system-token-0001';

/** Outside production the court side's writ-status receiver accepts this token unless ENFORCEMENT_SYSTEM_TOKEN is set. */
export const DEV_ENFORCEMENT_SYSTEM_TOKEN = 'dev-enforcement-system-token-0001';

/** Outside production ЕРАП intake accepts this token unless ERAP_TOKEN is set. */
export const DEV_ERAP_TOKEN = 'dev-erap-token-0000000001';

function simplifiedSettings(e: { SIMPLIFIED_THRESHOLD_MRP: number; SIMPLIFIED_TERRITORIES: string; SIMPLIFIED_PERIOD_UNTIL: string }): simplified.SimplifiedSettings {
  const territories = e.SIMPLIFIED_TERRITORIES.trim() === 'nationwide' ? 'nationwide' as const : list(e.SIMPLIFIED_TERRITORIES);
  const settings = { thresholdMrp: e.SIMPLIFIED_THRESHOLD_MRP, territories,
    period: { from: null, until: e.SIMPLIFIED_PERIOD_UNTIL === 'open' ? null : e.SIMPLIFIED_PERIOD_UNTIL } };
  try {
    return simplified.assertSettings(settings);
  } catch (error) {
    throw new Error(`Invalid configuration: SIMPLIFIED_*: ${error instanceof Error ? error.message : String(error)}`, { cause: error });
  }
}

function list(value: string | undefined): string[] {
  return (value ?? '').split(',').map((v) => v.trim()).filter(Boolean);
}

/** One TRUSTED_PROXIES entry: an IPv4/IPv6 address, optionally with a prefix length (CIDR). */
export function isProxyEntry(entry: string): boolean {
  const parts = entry.split('/');
  if (parts.length > 2) return false;
  const [address = '', prefix] = parts;
  const family = isIP(address);
  if (family === 0) return false;
  if (prefix === undefined) return true;
  return /^\d{1,3}$/.test(prefix) && Number(prefix) <= (family === 4 ? 32 : 128);
}

function checkedUrl(name: string, url: string, scheme: RegExp): string {
  if (!scheme.test(url) || !URL.canParse(url)) throw new Error(`Invalid configuration: ${name}: "${url}" is not an allowed URL`);
  return url;
}

/** OCSP_RESPONDERS: `<SKI hex>=<url>,…` → { ski (lower-case hex, no colons): url }. */
function ocspResponders(value: string | undefined): Record<string, string> {
  const out: Record<string, string> = {};
  for (const item of list(value)) {
    const at = item.indexOf('=');
    const ski = item.slice(0, at).replace(/:/g, '').toLowerCase();
    if (at < 1 || !/^[0-9a-f]+$/.test(ski)) throw new Error(`Invalid configuration: OCSP_RESPONDERS: "${item}" is not <key identifier hex>=<url>`);
    out[ski] = checkedUrl('OCSP_RESPONDERS', item.slice(at + 1), /^https?:\/\//i);
  }
  return out;
}

export function loadConfig(env: Record<string, string | undefined> = process.env): Config {
  const parsed = schema.safeParse(env);
  if (!parsed.success) {
    const problems = parsed.error.issues.map((i) => `${i.path.join('.')}: ${i.message}`).join('; ');
    throw new Error(`Invalid configuration: ${problems}`);
  }
  const e = parsed.data;
  const production = e.NODE_ENV === 'production';
  if (e.SYSTEM_KEY_PIN !== undefined && e.SYSTEM_KEY_PIN_FILE !== undefined) {
    throw new Error('Invalid configuration: set SYSTEM_KEY_PIN or SYSTEM_KEY_PIN_FILE, not both');
  }
  // Production never seeds the demo administrator (800101300006 / Oryndau2026) nor issues demo keys,
  // whatever the variables say: the first administrator comes from `oryndau admin create`.
  if (e.DATABASE_REPLICA_URL !== undefined && e.DATABASE_URL === undefined) {
    throw new Error('Invalid configuration: DATABASE_REPLICA_URL needs DATABASE_URL (the replica is of a PostgreSQL primary, not of the embedded database)');
  }
  const warnings: string[] = [];
  if (production && e.SEED_DEMO === 'true') warnings.push('SEED_DEMO=true is ignored in production: demo data is never seeded there');
  if (production && e.DEMO_KEYS === 'true') warnings.push('DEMO_KEYS=true is ignored in production: demo key files are never issued there');
  const seedDemo = !production && (e.SEED_DEMO ?? 'true') === 'true';
  return {
    port: e.PORT,
    host: e.HOST,
    databaseUrl: e.DATABASE_URL,
    replica: { url: e.DATABASE_REPLICA_URL ?? null, stickyMs: Math.round(e.REPLICA_STICKY_SECONDS * 1000) },
    dataDir: resolve(e.DATA_DIR),
    production,
    devMode: e.DEV_MODE ? e.DEV_MODE === 'true' : !production,
    seedDemo,
    passwordLog2N: e.PASSWORD_HASH_LOG2N,
    login: { maxFailures: e.LOGIN_MAX_FAILURES, lockMinutes: e.LOGIN_LOCK_MINUTES, ratePerMinute: e.LOGIN_RATE_PER_MINUTE },
    ratePerMinute: e.RATE_PER_MINUTE,
    session: { idleMinutes: e.SESSION_IDLE_MINUTES, maxHours: e.SESSION_MAX_HOURS },
    workerIntervalMs: e.WORKER_INTERVAL_MS,
    scrubOutboxSecrets: (e.OUTBOX_SCRUB_SECRETS ?? (production ? 'true' : 'false')) === 'true',
    journal: {
      sealMs: Math.round(e.JOURNAL_SEAL_SECONDS * 1000),
      witnesses: journalWitnesses(e.JOURNAL_WITNESSES ?? (production ? '' : join(resolve(e.DATA_DIR), 'journal-witness'))),
    },
    adapters: adaptersConfigFromEnv(env),
    simulators: e.SIMULATORS_PORT === undefined
      ? { port: e.NODE_ENV === 'test' ? 0 : DEFAULT_SIMULATORS_PORT, fixed: false }
      : { port: e.SIMULATORS_PORT, fixed: true },
    webDist: resolve(e.WEB_DIST ?? 'apps/web/dist'),
    publicOrigin: (e.PUBLIC_URL ?? `http://localhost:${e.PORT}`).replace(/\/$/, ''),
    trustedProxies: list(e.TRUSTED_PROXIES),
    trust: {
      pkiDir: resolve(e.PKI_DIR ?? `${e.DATA_DIR}/pki`),
      allowTestPki: e.ALLOW_TEST_PKI ? e.ALLOW_TEST_PKI === 'true' : !production,
      demoKeys: !production && (e.DEMO_KEYS ? e.DEMO_KEYS === 'true' : seedDemo),
      anchorFiles: list(e.TRUST_ANCHORS),
      crlFiles: list(e.TRUST_CRLS),
      crlUrls: list(e.TRUST_CRL_URLS).map((url) => checkedUrl('TRUST_CRL_URLS', url, /^(https?|file):\/\//i)),
    },
    ocsp: {
      url: e.OCSP_URL ?? null, responders: ocspResponders(e.OCSP_RESPONDERS), useAia: e.OCSP_USE_AIA === 'true', hash: e.OCSP_HASH,
      maxAgeMs: e.OCSP_MAX_AGE_SECONDS * 1000,
    },
    courtSystemToken: e.COURT_SYSTEM_TOKEN ?? (production ? null : DEV_COURT_SYSTEM_TOKEN),
    simulatedSiopso: e.SIMULATED_SIOPSO,
    courtWrits: {
      intakeUrl: e.ENFORCEMENT_INTAKE_URL ? checkedUrl('ENFORCEMENT_INTAKE_URL', e.ENFORCEMENT_INTAKE_URL, /^https?:\/\//i) : null,
      statusUrl: e.COURT_WRIT_STATUS_URL ? checkedUrl('COURT_WRIT_STATUS_URL', e.COURT_WRIT_STATUS_URL, /^https?:\/\//i) : null,
      enforcementToken: e.ENFORCEMENT_SYSTEM_TOKEN ?? (production ? null : DEV_ENFORCEMENT_SYSTEM_TOKEN),
    },
    erapToken: e.ERAP_TOKEN ?? (production ? null : DEV_ERAP_TOKEN),
    paymentsNotifySecret: e.PAYMENTS_NOTIFY_SECRET ?? (production ? null : DEV_PAYMENTS_NOTIFY_SECRET),
    debtorPageRatePerMinute: e.DEBTOR_PAGE_RATE_PER_MINUTE,
    simplified: simplifiedSettings(e),
    files: { directory: resolve(e.FILES_DIR ?? join(e.DATA_DIR, 'files')), attachmentMaxBytes: e.ATTACHMENT_MAX_BYTES },
    enp: {
      lookupSecret: e.ENP_LOOKUP_SECRET !== undefined ? new Secret(e.ENP_LOOKUP_SECRET) : (production ? null : new Secret(DEV_ENP_LOOKUP_SECRET)),
      portalUrl: (e.ENP_PORTAL_URL ?? `${(e.PUBLIC_URL ?? `http://localhost:${e.PORT}`).replace(/\/$/, '')}/enp`).replace(/\/$/, ''),
      maxFailuresPerIin: e.ENP_MAX_FAILURES_PER_IIN, maxFailuresPerAddress: e.ENP_MAX_FAILURES_PER_ADDRESS, lockMinutes: e.ENP_LOCK_MINUTES,
      session: { idleMinutes: e.ENP_SESSION_IDLE_MINUTES, maxHours: 8 },
      pageCacheEntries: e.ENP_PAGE_CACHE_ENTRIES,
    },
    system: {
      organisationBin: e.SYSTEM_ORGANISATION_BIN ?? DEV_SYSTEM_ORGANISATION_BIN,
      organisationBinConfigured: e.SYSTEM_ORGANISATION_BIN !== undefined,
      keyFile: e.SYSTEM_KEY_FILE ? resolve(e.SYSTEM_KEY_FILE) : null,
      keyPin: e.SYSTEM_KEY_PIN !== undefined ? new Secret(e.SYSTEM_KEY_PIN) : null,
      keyPinFile: e.SYSTEM_KEY_PIN_FILE ? resolve(e.SYSTEM_KEY_PIN_FILE) : null,
    },
    warnings,
  };
}
