import { bytesEqual } from '../bytes';
import { namesEqual } from '../certificates/names';
import type { NcaCertificate } from '../certificates/parse-certificate';
import { verifyIssuedBy } from '../certificates/verify-issued-by';
import type { ParsedAnchor } from './trust-anchors';

export type ChainProblemCode =
  | 'untrusted_chain' | 'chain_signature_invalid' | 'unsupported_algorithm' | 'issuer_not_ca'
  | 'certificate_expired' | 'certificate_not_yet_valid' | 'unknown_critical_extension';

export type ChainProblem = { code: ChainProblemCode; detail: string };

export type ChainResult =
  | { ok: true; path: NcaCertificate[]; anchor: ParsedAnchor }
  | { ok: false; code: ChainProblemCode; problems: ChainProblem[]; path: NcaCertificate[]; anchor: ParsedAnchor | null };

const MAX_DEPTH = 6;
// Hints come from the signer: however many same-named certificates it sends,
// the walk stays bounded.
const MAX_STEPS = 256;
const MAX_CANDIDATES = 16;
const PRIORITY: ChainProblemCode[] = [
  'chain_signature_invalid', 'unsupported_algorithm', 'issuer_not_ca', 'unknown_critical_extension',
  'certificate_not_yet_valid', 'certificate_expired',
];

const label = (cert: NcaCertificate) => cert.subject.commonName ?? cert.subject.text;

function mayHaveIssued(cert: NcaCertificate, issuer: NcaCertificate): boolean {
  if (!namesEqual(cert.issuer.der, issuer.subject.der)) return false;
  // Key identifiers only narrow the search; the signature check decides.
  return !(cert.authorityKeyId && issuer.subjectKeyId && cert.authorityKeyId !== issuer.subjectKeyId);
}

/**
 * Every path from `leaf` through hints to a pinned anchor. A hint is only
 * followed when it really signed the certificate below it, so same-named
 * fakes are dropped on the spot; the anchor's own signature is judged in
 * evaluate() so that a forgery naming a pinned CA is reported as such.
 */
async function candidatePaths(leaf: NcaCertificate, hints: NcaCertificate[], anchors: ParsedAnchor[]) {
  const found: { path: NcaCertificate[]; anchor: ParsedAnchor }[] = [];
  const forged: string[] = [];
  const isAnchor = (c: NcaCertificate) => anchors.some((a) => bytesEqual(a.cert.der, c.der));
  let steps = 0;
  const walk = async (path: NcaCertificate[]): Promise<void> => {
    const current = path[path.length - 1]!;
    for (const anchor of anchors) if (mayHaveIssued(current, anchor.cert)) found.push({ path, anchor });
    if (path.length >= MAX_DEPTH) return;
    for (const hint of hints) {
      if (steps >= MAX_STEPS || found.length >= MAX_CANDIDATES) return;
      if (isAnchor(hint) || path.some((p) => bytesEqual(p.der, hint.der)) || !mayHaveIssued(current, hint)) continue;
      steps += 1;
      if ((await verifyIssuedBy(current, hint)).ok) await walk([...path, hint]);
      else forged.push(`"${label(current)}" is not signed by the "${label(hint)}" certificate it came with`);
    }
  };
  await walk([leaf]);
  return { found: found.sort((a, b) => a.path.length - b.path.length), forged };
}

function validityProblem(cert: NcaCertificate, at: Date): ChainProblem | null {
  if (at.getTime() < cert.notBefore.getTime()) {
    return { code: 'certificate_not_yet_valid', detail: `"${label(cert)}" is valid from ${cert.notBefore.toISOString()}` };
  }
  if (at.getTime() > cert.notAfter.getTime()) {
    return { code: 'certificate_expired', detail: `"${label(cert)}" expired ${cert.notAfter.toISOString()}` };
  }
  return null;
}

async function evaluate(path: NcaCertificate[], anchor: ParsedAnchor, at: Date): Promise<ChainProblem[]> {
  const problems: ChainProblem[] = [];
  const issuers = [...path.slice(1), anchor.cert];
  for (const [i, cert] of path.entries()) {
    const issuer = issuers[i]!;
    const signed = await verifyIssuedBy(cert, issuer);
    if (!signed.ok) {
      problems.push({
        code: signed.reason === 'signature_invalid' ? 'chain_signature_invalid' : 'unsupported_algorithm',
        detail: `"${label(cert)}" is not signed by "${label(issuer)}": ${signed.detail}`,
      });
    }
    if (!issuer.isCa || (issuer.keyUsage !== null && !issuer.keyUsage.includes('keyCertSign'))) {
      problems.push({ code: 'issuer_not_ca', detail: `"${label(issuer)}" is not a CA certificate` });
    }
    // pathLenConstraint counts the CA certificates below the issuer, the leaf excluded.
    if (issuer.pathLength !== null && i > issuer.pathLength) {
      problems.push({ code: 'issuer_not_ca', detail: `"${label(issuer)}" allows ${issuer.pathLength} intermediate CA(s)` });
    }
    const validity = validityProblem(cert, at);
    if (validity) problems.push(validity);
    if (cert.unknownCriticalExtensions.length > 0) {
      problems.push({ code: 'unknown_critical_extension', detail: `"${label(cert)}": ${cert.unknownCriticalExtensions.join(', ')}` });
    }
  }
  const anchorValidity = validityProblem(anchor.cert, at);
  if (anchorValidity) problems.push(anchorValidity);
  return problems;
}

/**
 * Builds the chain from the signer's certificate to a pinned anchor at time
 * `at`. Certificates sent by the signer are only hints: each link's
 * signature, the issuer's CA flag and everyone's validity are checked here.
 */
export async function buildChain(leaf: NcaCertificate, hints: NcaCertificate[], anchors: ParsedAnchor[], at: Date): Promise<ChainResult> {
  const { found: candidates, forged } = await candidatePaths(leaf, hints, anchors);
  if (candidates.length === 0) {
    const problems: ChainProblem[] = forged.map((detail) => ({ code: 'chain_signature_invalid', detail }));
    problems.push({ code: 'untrusted_chain', detail: `no pinned trust anchor issued "${leaf.issuer.commonName ?? leaf.issuer.text}"` });
    return { ok: false, code: forged.length > 0 ? 'chain_signature_invalid' : 'untrusted_chain', path: [leaf], anchor: null, problems };
  }
  let best: { path: NcaCertificate[]; anchor: ParsedAnchor; problems: ChainProblem[] } | null = null;
  for (const { path, anchor } of candidates) {
    const problems = await evaluate(path, anchor, at);
    if (problems.length === 0) return { ok: true, path, anchor };
    if (!best || problems.length < best.problems.length) best = { path, anchor, problems };
  }
  const { path, anchor, problems } = best!;
  const code = PRIORITY.find((c) => problems.some((p) => p.code === c)) ?? 'chain_signature_invalid';
  return { ok: false, code, problems, path, anchor };
}
