import { readFile } from 'node:fs/promises';
import { fileURLToPath } from 'node:url';
import {
  backoffMs, claimCrlSource, insertCrlSource, listCrlSourceStatus, listDueCrlSources, listHeldCrls, recordCrlFailure, storeDownloadedCrl,
  type Database, type HeldCrl,
} from '@oryndau/db';
import { crlIssuedBy, parseCrl, parseCertificate, type NcaCertificate, type ParsedCrl } from '@oryndau/esign';

// Issue 11 item 11: the CRL download job. The configured full and delta
// CRLs (TRUST_CRL_URLS: http(s):// or file://) are fetched again before
// they lapse; a failed download is retried with backoff and the last good
// list is kept. The state lives in `crl_sources`, so any number of server
// processes may run the job: a short lease decides who downloads.

/** Downloads one CRL (DER). Injected so tests use a local server. */
export type CrlFetcher = (url: string) => Promise<Uint8Array>;

const MINUTE = 60_000;
/** Never wait longer than this between two downloads of a list. */
const MAX_INTERVAL_MS = 6 * 60 * MINUTE;
const LEASE_MS = 2 * MINUTE;

export const httpCrlFetcher: CrlFetcher = async (url) => {
  if (url.startsWith('file:')) return new Uint8Array(await readFile(fileURLToPath(url)));
  const response = await fetch(url, { signal: AbortSignal.timeout(60_000) });
  if (!response.ok) throw new Error(`HTTP ${response.status}`);
  return new Uint8Array(await response.arrayBuffer());
};

/** When to fetch again after a good list: a quarter of its lifetime before nextUpdate, at most every 6 hours, at least a minute on. */
export function nextFetchAt(crl: ParsedCrl, now: Date): Date {
  const t = now.getTime();
  if (!crl.nextUpdate) return new Date(t + MAX_INTERVAL_MS);
  const lifetime = Math.max(0, crl.nextUpdate.getTime() - crl.thisUpdate.getTime());
  const beforeLapse = crl.nextUpdate.getTime() - Math.max(lifetime / 4, 5 * MINUTE);
  return new Date(Math.max(t + MINUTE, Math.min(beforeLapse, t + MAX_INTERVAL_MS)));
}

export type CrlRefreshOptions = {
  sources: readonly string[];
  /** The CA certificates a downloaded list must be signed by (anchors and intermediates). */
  issuers: readonly Uint8Array[];
  fetcher?: CrlFetcher;
  now: () => Date;
};

export type CrlRefreshResult = { refreshed: number; failed: number };

/** Sources already inserted, per database: the job runs every worker tick and need not insert them again. */
const ensured = new WeakMap<Database, Set<string>>();

async function ensureSources(db: Database, sources: readonly string[], now: Date): Promise<void> {
  const known = ensured.get(db) ?? new Set<string>();
  ensured.set(db, known);
  for (const source of sources) {
    if (known.has(source)) continue;
    await insertCrlSource(db, source, now);
    known.add(source);
  }
}

async function checkedCrl(der: Uint8Array, issuers: NcaCertificate[], held: HeldCrl): Promise<{ crl: ParsedCrl; issuer: NcaCertificate }> {
  const crl = parseCrl(der);
  let issuer: NcaCertificate | undefined;
  for (const candidate of issuers) {
    if ((await crlIssuedBy(crl, candidate)).ok) {
      issuer = candidate;
      break;
    }
  }
  if (!issuer) throw new Error(`not signed by a configured CA (issuer "${crl.issuer.commonName ?? crl.issuer.text}")`);
  const heldNumber = held.crlNumber === null ? null : BigInt(held.crlNumber);
  if ((heldNumber !== null && crl.crlNumber !== null && crl.crlNumber < heldNumber)
    || (held.thisUpdate && crl.thisUpdate.getTime() < held.thisUpdate.getTime())) {
    throw new Error('older than the list already held');
  }
  return { crl, issuer };
}

/** One pass of the job: every source that is due and not leased by another process is downloaded and checked. */
export async function refreshCrls(db: Database, options: CrlRefreshOptions): Promise<CrlRefreshResult> {
  const result: CrlRefreshResult = { refreshed: 0, failed: 0 };
  if (options.sources.length === 0) return result;
  const start = options.now();
  await ensureSources(db, options.sources, start);
  const issuers = options.issuers.map((der) => parseCertificate(der));
  const fetcher = options.fetcher ?? httpCrlFetcher;
  for (const source of await listDueCrlSources(db, options.sources, start)) {
    const now = options.now();
    // The lease: only the process whose UPDATE matched downloads this source now.
    const held = await claimCrlSource(db, source, now, new Date(now.getTime() + LEASE_MS));
    if (!held) continue;
    try {
      const { crl, issuer } = await checkedCrl(await fetcher(source), issuers, held);
      const done = options.now();
      await storeDownloadedCrl(db, source, { der: crl.der, issuer: issuer.subject.commonName ?? issuer.subject.text,
        crlNumber: crl.crlNumber?.toString() ?? null, thisUpdate: crl.thisUpdate, nextUpdate: crl.nextUpdate ?? null, at: done,
        nextAttemptAt: nextFetchAt(crl, done) });
      result.refreshed += 1;
    } catch (error) {
      const failures = held.failures + 1;
      const done = options.now();
      // The last good list stays; the next try backs off (30 s, 1 min, … 1 h).
      await recordCrlFailure(db, source, { error: String((error as Error).message).slice(0, 500), failures,
        nextAttemptAt: new Date(done.getTime() + backoffMs(failures)) });
      result.failed += 1;
    }
  }
  return result;
}

/** The last good lists of the configured sources, read again at most every few seconds. */
export function downloadedCrls(db: Database, sources: readonly string[], ttlMs = 5_000): () => Promise<Uint8Array[]> {
  let cached: { at: number; crls: Uint8Array[] } | null = null;
  return async () => {
    if (sources.length === 0) return [];
    if (cached && Date.now() - cached.at < ttlMs) return cached.crls;
    cached = { at: Date.now(), crls: await listHeldCrls(db, sources) };
    return cached.crls;
  };
}

export type CrlHealth = {
  source: string; issuer: string | null; lastSuccessAt: string | null; nextUpdate: string | null; failures: number; current: boolean;
};

/** One line per configured source for /health: the last success and whether the held list is still current. */
export async function crlHealth(db: Database, sources: readonly string[], now: Date): Promise<CrlHealth[]> {
  if (sources.length === 0) return [];
  const rows = await listCrlSourceStatus(db, sources);
  return sources.map((source) => {
    const row = rows.find((r) => r.source === source);
    const nextUpdate = row?.nextUpdate ?? null;
    return {
      source, issuer: row?.issuer ?? null, lastSuccessAt: row?.lastSuccessAt?.toISOString() ?? null,
      nextUpdate: nextUpdate?.toISOString() ?? null, failures: row?.failures ?? 0,
      current: Boolean(row?.lastSuccessAt) && (nextUpdate === null || nextUpdate.getTime() > now.getTime()),
    };
  });
}
