import { createHash } from 'node:crypto';
import JSZip from 'jszip';
import { courts } from '@oryndau/domain';
import { verifySignature } from '@oryndau/esign';
import type { TrustAnchor } from '@oryndau/esign';

/**
 * FILE-17 (issue 15 item 5): checks an archived case's export offline —
 * the ZIP `GET /api/court-cases/:id/archive/export` gives — against trust
 * anchors the operator pins. What is proven: the inventory is signed (as of
 * the time its evidence says, with the CRLs kept in the ZIP: the signer's
 * certificate may long have expired, SIG-7); every document's bytes hash to
 * what that signed inventory lists; every .p7s is a valid signature over
 * its document; nothing in the ZIP is left unexplained. The manifest is
 * only a map: it is not signed, so it is never trusted for a hash.
 */

export type ArchiveCheck = { ok: boolean; path: string; detail: string };
export type ArchiveReport = { ok: boolean; caseNumber: string | null; checks: ArchiveCheck[] };

type SignatureRef = { id: string; path: string; evidence: string };
type Manifest = {
  format: string; version: number; case?: { number?: string };
  inventory: { path: string; signatures: SignatureRef[] };
  documents: { position: number; path: string; signatures: SignatureRef[] }[];
};

const sha256 = (bytes: Uint8Array) => createHash('sha256').update(bytes).digest('hex');
const fromBase64 = (list: unknown): Uint8Array[] => (Array.isArray(list) ? list : [])
  .filter((v): v is string => typeof v === 'string').map((v) => new Uint8Array(Buffer.from(v, 'base64')));

function parseManifest(bytes: Uint8Array | null): Manifest | null {
  if (!bytes) return null;
  try {
    const m = JSON.parse(new TextDecoder().decode(bytes)) as Manifest;
    const refsOk = (refs: unknown) => Array.isArray(refs) && refs.every((r: SignatureRef) => typeof r?.path === 'string' && typeof r.id === 'string'
      && typeof r.evidence === 'string');
    if (m?.format !== 'oryndau.court-archive-export' || m.version !== 1 || typeof m.inventory?.path !== 'string' || !refsOk(m.inventory.signatures)
      || !Array.isArray(m.documents) || !m.documents.every((d) => Number.isSafeInteger(d?.position) && typeof d.path === 'string' && refsOk(d.signatures))) {
      return null;
    }
    return m;
  } catch {
    return null;
  }
}

export async function verifyArchiveExport(zipBytes: Uint8Array, trust: { anchors: TrustAnchor[]; intermediates: Uint8Array[] }): Promise<ArchiveReport> {
  const checks: ArchiveCheck[] = [];
  const fail = (path: string, detail: string) => checks.push({ ok: false, path, detail });
  const pass = (path: string, detail: string) => checks.push({ ok: true, path, detail });
  let zip: JSZip;
  try {
    zip = await JSZip.loadAsync(zipBytes, { checkCRC32: true });
  } catch (error) {
    fail('(zip)', `not a readable ZIP: ${(error as Error).message}`);
    return { ok: false, caseNumber: null, checks };
  }
  const read = async (path: string): Promise<Uint8Array | null> => {
    const entry = zip.file(path);
    if (!entry) return null;
    try {
      return await entry.async('uint8array');
    } catch {
      return null;
    }
  };
  const used = new Set<string>(['manifest.json']);
  const manifest = parseManifest(await read('manifest.json'));
  if (!manifest) {
    fail('manifest.json', 'missing, unreadable or not an Oryndau archive export (format oryndau.court-archive-export, version 1)');
    return { ok: false, caseNumber: null, checks };
  }

  /** One .p7s over `content`, as of the time its evidence records, with the CRLs/OCSP kept beside it. */
  const checkSignature = async (ref: SignatureRef, content: Uint8Array, over: string): Promise<string | null> => {
    used.add(ref.path);
    used.add(ref.evidence);
    const cms = await read(ref.path);
    if (!cms) {
      fail(ref.path, `signature file missing (signature ${ref.id} over ${over})`);
      return null;
    }
    let evidence: { time?: unknown; chain?: unknown; crls?: unknown; ocsp?: unknown } = {};
    try {
      evidence = JSON.parse(new TextDecoder().decode((await read(ref.evidence)) ?? new Uint8Array())) as typeof evidence;
    } catch {
      // Reported below as missing evidence.
    }
    const at = typeof evidence.time === 'string' ? new Date(evidence.time) : null;
    if (!at || Number.isNaN(at.getTime())) {
      fail(ref.evidence, `evidence of signature ${ref.id} missing or without its time`);
      return null;
    }
    const result = await verifySignature({ cms, content }, {
      anchors: trust.anchors, intermediates: [...trust.intermediates, ...fromBase64(evidence.chain)], crls: fromBase64(evidence.crls),
      ocsp: { responses: fromBase64(evidence.ocsp) }, receivedAt: at, purpose: 'sign', allowTestPki: true,
    });
    const signer = result.signer?.name ?? result.signer?.iin ?? 'unknown signer';
    if (!result.valid) {
      fail(ref.path, `signature over ${over} INVALID as of ${at.toISOString()}: ${result.reasons.map((r) => r.code).join(', ')}`);
      return null;
    }
    pass(ref.path, `valid signature over ${over} by ${signer}, as of ${at.toISOString()}`);
    return ref.id;
  };

  used.add(manifest.inventory.path);
  const inventoryBytes = await read(manifest.inventory.path);
  const inventory = inventoryBytes ? courts.parseArchiveInventory(inventoryBytes) : null;
  if (!inventoryBytes || !inventory) {
    fail(manifest.inventory.path, 'the inventory is missing or not an Oryndau case inventory');
    return { ok: false, caseNumber: manifest.case?.number ?? null, checks };
  }
  if (manifest.inventory.signatures.length === 0) fail(manifest.inventory.path, 'the inventory carries no signature');
  for (const ref of manifest.inventory.signatures) await checkSignature(ref, inventoryBytes, manifest.inventory.path);

  for (const entry of inventory.entries) {
    const listed = manifest.documents.find((d) => d.position === entry.position);
    if (!listed) {
      fail(`(entry ${entry.position})`, `inventory entry ${entry.position} «${entry.title}» has no file in the export`);
      continue;
    }
    used.add(listed.path);
    const bytes = await read(listed.path);
    if (!bytes) {
      fail(listed.path, `file of inventory entry ${entry.position} missing`);
      continue;
    }
    const actual = sha256(bytes);
    if (actual !== entry.sha256) fail(listed.path, `SHA-256 ${actual} differs from inventory entry ${entry.position} (${entry.sha256})`);
    else pass(listed.path, `SHA-256 matches inventory entry ${entry.position}`);
    const valid = new Set<string>();
    for (const ref of listed.signatures) {
      const id = await checkSignature(ref, bytes, listed.path);
      if (id) valid.add(id);
    }
    for (const s of entry.signatures) {
      if (!listed.signatures.some((r) => r.id === s.id)) fail(listed.path, `signature ${s.id} listed in the inventory is not in the export`);
    }
  }
  for (const d of manifest.documents) {
    if (!inventory.entries.some((e) => e.position === d.position)) fail(d.path, 'listed in the manifest but not in the signed inventory');
  }
  for (const path of Object.keys(zip.files)) {
    if (!zip.files[path]!.dir && !used.has(path)) fail(path, 'a file the signed inventory does not account for');
  }
  return { ok: checks.every((c) => c.ok), caseNumber: inventory.case.number, checks };
}

/** The plain-text report: one line per check, then the verdict. */
export function describeArchiveReport(report: ArchiveReport): string {
  const lines = report.checks.map((c) => `${c.ok ? 'OK  ' : 'FAIL'}  ${c.path}  ${c.detail}`);
  const problems = report.checks.filter((c) => !c.ok).length;
  lines.unshift(`Archive export of case ${report.caseNumber ?? '(unknown)'}`);
  lines.push(report.ok ? `VERIFIED: ${report.checks.length} checks passed.` : `FAILED: ${problems} problem(s).`);
  return lines.join('\n');
}
