import type { ParsedAnchor } from '../chain/trust-anchors';
import { buildChain } from '../chain/build-chain';
import type { NcaCertificate } from '../certificates/parse-certificate';
import type { ParsedSignedData, ParsedSigner } from '../cms/parse-signed-data';
import {
  checkMessageDigest, checkSignatureValue, checkSignerStructure, checkSigningCertificate, findSignerCertificate, resolveSignerAlgorithm,
} from '../cms/verify-signer';
import type { ParsedCrl } from '../crl/parse-crl';
import type { CheckBoard } from './check-board';
import { checkRevocation } from './revocation';
import { checkBinding, checkPurpose } from './subject-checks';
import { verifyTimestampToken } from './timestamp';
import type { SignerSummary, VerifyOptions } from './types';

export type SignerContext = {
  cms: ParsedSignedData;
  board: CheckBoard;
  hints: NcaCertificate[];
  anchors: ParsedAnchor[];
  tsaAnchors: ParsedAnchor[];
  crls: ParsedCrl[];
  content: Uint8Array | null;
  /** Where `content` came from, for the report. */
  contentSource: 'server copy' | 'encapsulated content';
  options: VerifyOptions;
};

export type SignerOutcome = {
  summary: SignerSummary | null;
  chain: Uint8Array[];
  crls: Uint8Array[];
  ocsp: Uint8Array[];
  time: Date;
  timeSource: 'timestamp' | 'receipt';
  timestamp: Uint8Array | null;
  anchor: ParsedAnchor | null;
};

const SIGNER_CHECKS = ['signature', 'content', 'chain', 'time', 'revocation', 'purpose', 'binding', 'test_pki'] as const;

export function summarize(cert: NcaCertificate): SignerSummary {
  return {
    iin: cert.subject.iin, bin: cert.subject.bin, name: cert.subject.commonName, organization: cert.subject.organization,
    roles: cert.roles, purpose: cert.purposes, algorithm: cert.algorithm.name ?? cert.algorithm.description,
    serialNumber: cert.serialNumber, issuer: cert.issuer.commonName ?? cert.issuer.text,
    notBefore: cert.notBefore.toISOString(), notAfter: cert.notAfter.toISOString(),
  };
}

/** Time (checklist 4): a verified time-stamp, else the receipt time — never signingTime. */
async function decideTime(ctx: SignerContext, signer: ParsedSigner, p: string) {
  const { board, options } = ctx;
  const claim = signer.signingTime ? `; signingTime claim ${signer.signingTime.toISOString()} not used` : '';
  const token = signer.timestampTokens[0] ?? null;
  if (!token) {
    board.pass('time', `${p}receipt time ${options.receivedAt.toISOString()}${claim}`);
    return { time: options.receivedAt, timeSource: 'receipt' as const, timestamp: null };
  }
  const stamp = await verifyTimestampToken(token, signer.signature, {
    anchors: ctx.tsaAnchors, hints: ctx.hints, allowTestPki: options.allowTestPki === true,
  });
  if (stamp.ok) {
    board.pass('time', `${p}${stamp.detail}${claim}`);
    return { time: stamp.time, timeSource: 'timestamp' as const, timestamp: token };
  }
  board.fail('time', `${p}time-stamp refused (${stamp.detail}); the other checks used the receipt time`, 'timestamp_invalid');
  return { time: options.receivedAt, timeSource: 'receipt' as const, timestamp: token };
}

/** Runs checklist items 1–7 and 9 for one signer; item 8 and 10 are per CMS. */
export async function checkSigner(ctx: SignerContext, signer: ParsedSigner, index: number): Promise<SignerOutcome> {
  const { board, options } = ctx;
  const p = ctx.cms.signers.length > 1 ? `signer ${index + 1}: ` : '';
  const empty: SignerOutcome = {
    summary: null, chain: [], crls: [], ocsp: [], time: options.receivedAt, timeSource: 'receipt', timestamp: null, anchor: null,
  };
  const cert = findSignerCertificate(signer, ctx.hints);
  if (!cert) {
    board.fail('parsing', `${p}the signer's certificate is not in the CMS`, 'signer_certificate_missing');
    for (const name of SIGNER_CHECKS) board.skip(name, `${p}no signer certificate`);
    return empty;
  }
  const summary = summarize(cert);
  const structural = checkSignerStructure(ctx.cms, signer);
  const algorithm = structural ?? resolveSignerAlgorithm(signer, cert);
  if ('code' in algorithm) {
    board.fail('parsing', `${p}${algorithm.detail}`, algorithm.code === 'malformed' ? 'malformed' : 'unsupported_algorithm');
    board.skip('signature', `${p}parsing failed`);
    board.skip('content', `${p}parsing failed`);
  } else {
    board.pass('parsing', `${p}CAdES-BES, ${algorithm.name}, signer ${cert.serialNumber}`);
    if (ctx.content) {
      const digest = await checkMessageDigest(signer, ctx.content, algorithm);
      if (digest) board.fail('content', `${p}${digest.detail}`, 'content_mismatch');
      else board.pass('content', `${p}messageDigest equals the hash of the ${ctx.contentSource}`);
    }
    const bad = await checkSignatureValue(signer, cert, algorithm) ?? await checkSigningCertificate(signer, cert);
    if (bad) board.fail('signature', `${p}${bad.detail}`, bad.code === 'signature_invalid' ? 'signature_invalid' : 'signing_certificate_mismatch');
    else board.pass('signature', `${p}signature valid under the signer's key${signer.signingCertificate ? ', signing-certificate-v2 matches' : ''}`);
  }

  const { time, timeSource, timestamp } = await decideTime(ctx, signer, p);
  const chain = await buildChain(cert, ctx.hints, ctx.anchors, time);
  if (chain.ok) board.pass('chain', `${p}${[...chain.path, chain.anchor.cert].map((c) => `"${c.subject.commonName}"`).join(' → ')} (pinned)`);
  else board.fail('chain', `${p}${chain.problems.map((x) => x.detail).join('; ')}`, chain.code);

  const usedCrls: Uint8Array[] = [];
  const usedOcsp: Uint8Array[] = [];
  if (!chain.anchor) {
    board.skip('test_pki', `${p}no trust anchor reached`);
    board.skip('revocation', `${p}no trust anchor reached`);
  } else {
    if (chain.anchor.test && options.allowTestPki !== true) board.fail('test_pki', `${p}"${chain.anchor.label}" is a test PKI`, 'test_pki_not_allowed');
    else board.pass('test_pki', `${p}${chain.anchor.test ? `test PKI "${chain.anchor.label}" allowed by setting` : `production anchor "${chain.anchor.label}"`}`);
    const issuers = [...chain.path.slice(1), chain.anchor.cert];
    for (const [i, link] of chain.path.entries()) {
      const status = await checkRevocation(link, issuers[i]!, ctx.crls, time, options.ocsp);
      usedCrls.push(...status.crls.map((c) => c.der));
      usedOcsp.push(...status.ocsp);
      const who = `${p}"${link.subject.commonName}"`;
      if (status.status === 'good') board.pass('revocation', `${who}: ${status.detail}`);
      else if (status.status === 'revoked') board.fail('revocation', `${who}: ${status.detail}`, 'revoked');
      else if (status.status === 'on_hold') board.fail('revocation', `${who}: ${status.detail}`, 'certificate_on_hold');
      else board.fail('revocation', `${who}: ${status.detail}`, 'revocation_unknown');
    }
  }

  const purpose = checkPurpose(cert, options.purpose);
  if (purpose.ok) board.pass('purpose', `${p}${purpose.detail}`);
  else board.fail('purpose', `${p}${purpose.detail}`, purpose.code);
  for (const outcome of checkBinding(cert, options.expect)) {
    if (outcome.ok) board.pass('binding', `${p}${outcome.detail}`);
    else board.fail('binding', `${p}${outcome.detail}`, outcome.code);
  }
  return {
    summary, time, timeSource, timestamp, anchor: chain.anchor,
    chain: [...chain.path.map((c) => c.der), ...(chain.anchor ? [chain.anchor.cert.der] : [])],
    crls: usedCrls,
    ocsp: usedOcsp,
  };
}
