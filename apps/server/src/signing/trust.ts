import { readFileSync, statSync } from 'node:fs';
import { readFile } from 'node:fs/promises';
import { join } from 'node:path';
import { anchorsFromFile, devCa, httpOcspTransport, testAnchor, verifySignature } from '@oryndau/esign';
import type { NcaCertificate, OcspOptions, OcspTransport, TrustAnchor, VerificationResult } from '@oryndau/esign';
import type { Clock } from '@oryndau/domain';
import type { Config } from '../config';
import { ensureDemoKeys } from './demo-keys';
import type { DemoKey } from './demo-keys';
import { nodePkiDirectory } from '@oryndau/esign/node';
import type { SignatureVerifier, VerificationOutcome } from './verifier';

export type SignatureTrust = {
  verify: SignatureVerifier;
  /**
   * SIG-7: verifies a stored signature again as of the time its evidence was
   * taken, against today's pinned anchors, with the chain, CRLs and OCSP
   * answers kept beside it — so it stays provable after the certificate
   * expired and its CRLs are no longer published (reverify.ts).
   */
  reverify: StoredSignatureVerifier;
  /** The dev PKI's issuing-CA CRL, published over HTTP (null without a dev PKI). */
  devCrl(): Promise<Uint8Array | null>;
  /** The dev PKI's OCSP responder: answers a DER request (null without a dev PKI). */
  devOcsp(request: Uint8Array, now: Date): Promise<Uint8Array | null>;
  /** The pinned CA certificates (DER): what a downloaded CRL must be signed by. */
  caCertificates: Uint8Array[];
  demoKeys: DemoKey[];
  pkiDir: string;
};

/** Re-publish the dev CRLs once they are this old (they are valid for devCa.DEV_CRL_LIFETIME_MS, 30 days). */
const DEV_CRL_REFRESH_MS = devCa.DEV_CRL_LIFETIME_MS - 7 * 86_400_000;

const base64 = (bytes: Uint8Array) => Buffer.from(bytes).toString('base64');

export type StoredSignatureVerifier = (stored: { cms: Uint8Array; content: Uint8Array; at: Date; chain: Uint8Array[]; crls: Uint8Array[]; ocsp: Uint8Array[] })
  => Promise<VerificationResult>;

/** What is stored beside a signature: enough to re-prove it years later (SIG-7). */
function evidenceOf(result: VerificationResult): Record<string, unknown> {
  const e = result.evidence;
  return {
    time: e.time, timeSource: e.timeSource, claimedSigningTime: e.claimedSigningTime, anchor: e.anchor,
    verdict: e.verdict, chain: e.chain.map(base64), crls: e.crls.map(base64), ocsp: e.ocsp.map(base64),
    timestamp: e.timestamp ? base64(e.timestamp) : null,
    // CA names only: the signer's own name is personal data and is shown masked elsewhere.
    chainSubjects: [result.signer?.issuer, e.anchor?.label].filter((v): v is string => Boolean(v)),
    crl: e.crls.length ? `${e.crls.length} CRL` : null,
    ocspResponses: e.ocsp.length ? `${e.ocsp.length} OCSP` : null,
    checks: result.checks,
  };
}

/**
 * The named files of a directory (those that exist), read again only when
 * one of them changed: size, modification or change time, or inode.
 */
function changedFiles(dir: string, names: readonly string[]): () => Promise<Uint8Array[]> {
  let seen = '';
  let contents: Uint8Array[] = [];
  return async () => {
    // Synchronous: two stat calls cost microseconds; a trip through the thread pool costs more than that.
    const stats = names.map((name) => statSync(join(dir, name), { throwIfNoEntry: false }) ?? null);
    const signature = stats.map((s) => (s ? `${s.ino}:${s.size}:${s.mtimeMs}:${s.ctimeMs}` : '-')).join('|');
    if (signature !== seen) {
      const read = await Promise.all(names.map(async (name, i) => (stats[i] ? readFile(join(dir, name)).catch(() => null) : null)));
      contents = read.flatMap((b) => (b ? [new Uint8Array(b)] : []));
      seen = signature;
    }
    return contents;
  };
}

/**
 * The trust configuration of this installation (checklist items 3, 5, 9).
 * Production trusts only the NCA anchors named in TRUST_ANCHORS and the
 * CRLs in TRUST_CRLS. Outside production (or with ALLOW_TEST_PKI) the dev
 * PKI in PKI_DIR is created on first start, issues the demo key files, and
 * is trusted as *test* PKI.
 */
/**
 * Who is asked about a certificate (issue 11 item 11): the responder
 * configured for its issuing CA (OCSP_RESPONDERS, by key identifier), else
 * OCSP_URL for user certificates, else — when OCSP_USE_AIA — the one the
 * certificate names. CA certificates are left to their CRLs unless a
 * responder is configured for their issuer.
 */
export function ocspOptions(config: Config, transport: OcspTransport = httpOcspTransport({ timeoutMs: 5_000 })): OcspOptions | undefined {
  const { url, responders, useAia } = config.ocsp;
  if (!url && Object.keys(responders).length === 0 && !useAia) return undefined;
  const responderUrl = (cert: NcaCertificate, issuer: NcaCertificate): string | null => {
    const byCa = issuer.subjectKeyId ? responders[issuer.subjectKeyId.toLowerCase()] : undefined;
    if (byCa) return byCa;
    if (cert.isCa) return null;
    return url ?? (useAia ? (cert.ocspUrls.find((u) => /^https?:\/\//i.test(u)) ?? null) : null);
  };
  return { responderUrl, transport, hash: config.ocsp.hash, maxAgeMs: config.ocsp.maxAgeMs };
}

export type TrustOptions = {
  /** CRLs downloaded by the refresh job (TRUST_CRL_URLS). */
  downloadedCrls?: () => Promise<Uint8Array[]>;
  ocspTransport?: OcspTransport;
};

export async function setupSignatureTrust(config: Config, clock: Clock, origin: string, trustOptions: TrustOptions = {}): Promise<SignatureTrust> {
  const anchors: TrustAnchor[] = config.trust.anchorFiles.flatMap((file) => anchorsFromFile(new Uint8Array(readFileSync(file)), false));
  const crls: Uint8Array[] = config.trust.crlFiles.map((file) => new Uint8Array(readFileSync(file)));
  const dir = nodePkiDirectory(config.trust.pkiDir);
  let demoKeys: DemoKey[] = [];
  if (config.trust.allowTestPki) {
    const now = clock.now();
    let { state } = await devCa.loadOrCreateDevPki(dir, { now });
    if (config.trust.demoKeys) ({ keys: demoKeys, state } = await ensureDemoKeys(dir, state, now, `${origin}/pki/crl`));
    await devCa.publishDevCrls(dir, state, now);
    anchors.push(testAnchor(state.pki.root.certificate, 'Oryndau dev root'));
  }
  // A dev server that runs for weeks re-publishes its CRLs before they
  // lapse, as a real CA does; otherwise every signature would fail as
  // "revocation unknown" once the first CRL's nextUpdate has passed.
  let publishedAt = clock.now().getTime();
  let publishing: Promise<void> | null = null;
  const refreshDevCrls = async (at: Date) => {
    if (at.getTime() - publishedAt < DEV_CRL_REFRESH_MS) return;
    publishing ??= (async () => {
      const loaded = await devCa.loadDevPki(dir);
      if (loaded) await devCa.publishDevCrls(dir, loaded, at);
      publishedAt = at.getTime();
    })().finally(() => { publishing = null; });
    await publishing;
  };
  // The dev CRLs are looked at for every verification, so a revocation
  // made with `oryndau esign revoke --pki` takes effect at once; they are
  // read again only when the files changed (two stat calls, not four reads).
  const devCrls = changedFiles(config.trust.pkiDir, [devCa.PKI_FILES.crl, devCa.PKI_FILES.rootCrl]);
  const downloaded = trustOptions.downloadedCrls ?? (async () => []);
  const currentCrls = async (at: Date) => {
    if (!config.trust.allowTestPki) return [...crls, ...await downloaded()];
    await refreshDevCrls(at);
    return [...crls, ...await downloaded(), ...await devCrls()];
  };
  const ocsp = ocspOptions(config, trustOptions.ocspTransport);
  const verify: SignatureVerifier = async (request): Promise<VerificationOutcome> => {
    const result = await verifySignature({ cms: request.cms, content: request.content }, {
      anchors, crls: await currentCrls(request.at), receivedAt: request.at, purpose: request.purpose, expectedSigners: 1,
      expect: { ...(request.expectIin ? { iin: request.expectIin } : {}), ...(request.expectBin ? { bin: request.expectBin } : {}) },
      allowTestPki: config.trust.allowTestPki, ...(ocsp ? { ocsp } : {}),
    });
    const s = result.signer;
    return {
      valid: result.valid,
      signer: s ? { iin: s.iin, bin: s.bin, name: s.name, roles: [...s.roles], algorithm: String(s.algorithm), organization: s.organization } : null,
      reasons: result.reasons,
      evidence: evidenceOf(result),
    };
  };
  const reverify: StoredSignatureVerifier = (stored) => verifySignature({ cms: stored.cms, content: stored.content }, {
    anchors, intermediates: stored.chain, crls: stored.crls, ocsp: { responses: stored.ocsp }, receivedAt: stored.at, purpose: 'sign',
    expectedSigners: 1, allowTestPki: config.trust.allowTestPki,
  });
  const devCrl = async () => (config.trust.allowTestPki ? dir.read(devCa.PKI_FILES.crl) : null);
  // The dev CA answers OCSP itself (signed with the issuing CA's key) from its issued/revoked lists.
  const devOcsp = async (request: Uint8Array, now: Date) => {
    if (!config.trust.allowTestPki) return null;
    const state = await devCa.loadDevPki(dir);
    if (!state) return null;
    return devCa.answerOcspRequest(request, {
      issuerCertificate: state.pki.issuing.certificate, responder: state.pki.issuing, now,
      statusOf: (serial) => {
        const revoked = state.revoked.find((r) => r.serialNumber === serial);
        if (revoked) return { revokedAt: new Date(revoked.revokedAt), ...(revoked.reason ? { reason: revoked.reason } : {}) };
        return state.issued.some((r) => r.serialNumber === serial) ? 'good' : null;
      },
    });
  };
  const caCertificates = anchors.map((a) => a.certificate);
  if (config.trust.allowTestPki) {
    const loaded = await devCa.loadDevPki(dir);
    if (loaded) caCertificates.push(loaded.pki.issuing.certificate);
  }
  return { verify, reverify, devCrl, devOcsp, caCertificates, demoKeys, pkiDir: config.trust.pkiDir };
}

export const demoKeyPath = (trust: SignatureTrust, file: string) => join(trust.pkiDir, file);
