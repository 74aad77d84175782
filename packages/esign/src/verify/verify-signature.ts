import { bytesEqual, utf8 } from '../bytes';
import { parseAnchors } from '../chain/trust-anchors';
import { parseCertificate, type NcaCertificate } from '../certificates/parse-certificate';
import { parseSignedData, type ParsedSignedData } from '../cms/parse-signed-data';
import { parseCrl, type ParsedCrl } from '../crl/parse-crl';
import { CheckBoard } from './check-board';
import { checkSigner, type SignerOutcome } from './check-signer';
import type { Evidence, SignerSummary, VerificationResult, VerifyInput, VerifyOptions } from './types';

function parseAll<T>(items: Uint8Array[], parse: (der: Uint8Array) => T): T[] {
  const out: T[] = [];
  for (const der of items) {
    try {
      out.push(parse(der));
    } catch {
      // Unreadable hints and CRLs are simply not used; revocation fails closed without them.
    }
  }
  return out;
}

/** Checklist 8: a sign-in nonce is single-use; an act is bound by its content (check 'content'). */
async function checkFreshness(board: CheckBoard, options: VerifyOptions, content: Uint8Array | null): Promise<void> {
  const { nonce } = options;
  if (!nonce) {
    board.pass('freshness', options.purpose === 'sign'
      ? "act: the signature covers the server's own copy of the act"
      : 'no nonce given: the caller checks sign-in freshness');
    return;
  }
  const outcome = await nonce.store.consume(nonce.value, options.receivedAt);
  if (!content || !bytesEqual(content, utf8(nonce.value))) {
    board.fail('freshness', 'the signed content is not the issued nonce', 'nonce_unknown');
    return;
  }
  if (outcome === 'ok') board.pass('freshness', 'single-use nonce consumed');
  else board.fail('freshness', `nonce ${outcome}`, outcome === 'replayed' ? 'nonce_replayed' : outcome === 'expired' ? 'nonce_expired' : 'nonce_unknown');
}

function resolveContent(board: CheckBoard, cms: ParsedSignedData, serverCopy: Uint8Array | undefined): Uint8Array | null {
  if (serverCopy && cms.content && !bytesEqual(serverCopy, cms.content)) {
    board.fail('content', 'the encapsulated content differs from the server copy', 'content_mismatch');
    return serverCopy;
  }
  const content = serverCopy ?? cms.content;
  if (!content) board.fail('content', 'detached signature and no server copy of the content', 'content_missing');
  return content;
}

/**
 * Verifies a CMS signature against the whole ESIGN.md checklist; nothing is
 * skipped. Never throws for a bad signature — the verdict, every check,
 * kk/ru reasons and the evidence come back; it throws only when the
 * configuration itself (anchors) is unreadable.
 */
export async function verifySignature(input: VerifyInput, options: VerifyOptions): Promise<VerificationResult> {
  const board = new CheckBoard();
  const anchors = parseAnchors(options.anchors);
  const tsaAnchors = options.tsaAnchors ? parseAnchors(options.tsaAnchors) : anchors;
  const evidence: Evidence = {
    signedObject: input.cms, chain: [], crls: [], ocsp: [], timestamp: null, time: options.receivedAt.toISOString(),
    timeSource: 'receipt', claimedSigningTime: null, anchor: null, verdict: { valid: false, reasons: [] },
  };
  const signers: SignerSummary[] = [];
  let cms: ParsedSignedData | null = null;
  try {
    cms = parseSignedData(input.cms);
  } catch (error) {
    board.fail('parsing', (error as Error).message, 'malformed');
  }
  let content: Uint8Array | null = null;
  if (cms) {
    const expected = options.expectedSigners ?? 1;
    if (cms.signers.length !== expected) {
      board.fail('parsing', `${cms.signers.length} signer(s), expected ${expected}`, 'unexpected_signer');
    }
    content = resolveContent(board, cms, input.content);
    const hints = parseAll<NcaCertificate>([...cms.certificates, ...(options.intermediates ?? [])], parseCertificate);
    const crls = parseAll<ParsedCrl>(options.crls, parseCrl);
    const outcomes: SignerOutcome[] = [];
    for (const [i, signer] of cms.signers.entries()) {
      const contentSource = input.content ? 'server copy' as const : 'encapsulated content' as const;
      outcomes.push(await checkSigner({ cms, board, hints, anchors, tsaAnchors, crls, content, contentSource, options }, signer, i));
    }
    signers.push(...outcomes.flatMap((o) => (o.summary ? [o.summary] : [])));
    const first = outcomes[0];
    if (first) {
      Object.assign(evidence, {
        chain: first.chain, crls: first.crls, ocsp: first.ocsp, timestamp: first.timestamp, time: first.time.toISOString(), timeSource: first.timeSource,
        claimedSigningTime: cms.signers[0]?.signingTime?.toISOString() ?? null,
        anchor: first.anchor ? { label: first.anchor.label, test: first.anchor.test } : null,
      });
    }
  }
  for (const name of ['signature', 'chain', 'time', 'revocation', 'purpose', 'binding', 'test_pki', 'content'] as const) {
    if (!board.has(name)) board.skip(name, cms ? 'no signer to check' : 'the CMS could not be read');
  }
  await checkFreshness(board, options, content);
  board.pass('evidence', `kept: signed object, chain of ${evidence.chain.length}, ${evidence.crls.length} CRL(s), ${evidence.ocsp.length} OCSP response(s), ${evidence.timeSource} time ${evidence.time}`);
  evidence.verdict = { valid: board.valid, reasons: board.reasonCodes };
  return { valid: board.valid, signer: signers[0] ?? null, signers, checks: board.checks(), reasons: board.reasons(), evidence };
}
