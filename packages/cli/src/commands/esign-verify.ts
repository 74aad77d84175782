import { parseArgs } from 'node:util';
import {
  ROLES, anchorsFromFile, derOrPem, devCa, fromBase64, parseCertificate, parseOcspResponse, testAnchor, verifySignature, type KeyPurpose, type Role, type TrustAnchor,
} from '@oryndau/esign';
import type { Output } from '../main';
import { UsageError, nodePkiDirectory, readInput } from './esign-files';

export const VERIFY_HELP = [
  'Usage: oryndau esign verify --in SIG.cms [--data DATA] [--pki DIR] [--trust CA.pem|CA.cer ...] [--crl FILE ...] [--ocsp FILE ...]',
  '                            [--at ISO-8601] [--purpose sign|auth] [--expect-iin IIN] [--expect-bin BIN]',
  '',
  'Checks a CMS signature against the whole ESIGN.md checklist and prints ONE JSON',
  'object: { "valid", "signer": { "iin", "bin", "name", "roles", "purpose", "algorithm" },',
  '"checks": [{ "name", "ok", "detail" }], "reasons": [{ "code", "kk", "ru" }] }.',
  'Exit 0 valid, 1 invalid, 2 usage error.',
  '',
  '  --in SIG.cms       the signature (DER, PEM or base64)',
  '  --data DATA        the signed content as the verifier holds it (required if detached)',
  '  --pki DIR          trust the dev PKI in DIR (root pinned, test PKI) and use its CRLs',
  '  --trust FILE       a pinned CA certificate, PEM or DER (repeatable); only these and',
  '                     --pki are trusted — certificates inside the CMS are hints',
  '  --crl FILE         a CRL, DER or PEM (repeatable); without a current one the check fails',
  '  --ocsp FILE        a DER OCSP response (RFC 6960) used as revocation evidence (repeatable);',
  '                     its signature, responder and freshness at --at are checked',
  '  --at TIME          check as of this ISO-8601 time (the receipt time); default now',
  '  --purpose P        sign (an act, default) | auth (sign-in)',
  '  --expect-iin IIN   the IIN the signer must have',
  '  --expect-bin BIN   the BIN the signer must have',
  '  --expect-role R    a role the signer must hold (repeatable: any of them)',
  '',
  'Anchors given here are pinned by the operator, so test PKIs (the dev CA, the NCA',
  'test CAs) are accepted; they are marked as test in the checks.',
].join('\n');

/** NCA test CAs carry TEST in their names; the label only affects the report. */
const looksLikeTest = (der: Uint8Array) => /TEST/i.test(parseCertificate(der).subject.text);

function readCms(bytes: Uint8Array): Uint8Array {
  if (bytes[0] === 0x30) return bytes;
  const text = new TextDecoder().decode(bytes).trim();
  if (text.startsWith('-----BEGIN')) return derOrPem(bytes, text.match(/-----BEGIN ([A-Z0-9 ]+)-----/)?.[1] ?? 'CMS')[0]!;
  try {
    return fromBase64(text);
  } catch {
    throw new UsageError('--in is neither DER, PEM nor base64');
  }
}

export async function runVerify(args: string[], out: Output): Promise<number> {
  const { values } = parseArgs({
    args,
    options: {
      in: { type: 'string' }, data: { type: 'string' }, pki: { type: 'string' }, trust: { type: 'string', multiple: true },
      crl: { type: 'string', multiple: true }, ocsp: { type: 'string', multiple: true }, at: { type: 'string' }, purpose: { type: 'string' }, 'expect-iin': { type: 'string' },
      'expect-bin': { type: 'string' }, 'expect-role': { type: 'string', multiple: true }, help: { type: 'boolean', short: 'h' },
    },
    strict: true,
  });
  if (values.help) {
    out.log(VERIFY_HELP);
    return 0;
  }
  if (!values.in) throw new UsageError('--in is required');
  const purpose = (values.purpose ?? 'sign') as KeyPurpose;
  if (purpose !== 'sign' && purpose !== 'auth') throw new UsageError('--purpose must be sign or auth');
  const at = values.at === undefined ? new Date() : new Date(values.at);
  if (Number.isNaN(at.getTime()) || (values.at !== undefined && !/^\d{4}-\d{2}-\d{2}/.test(values.at))) throw new UsageError('--at must be an ISO-8601 time');

  const anchors: TrustAnchor[] = [];
  const intermediates: Uint8Array[] = [];
  const crls: Uint8Array[] = [];
  if (values.pki) {
    const trust = await devCa.readDevTrust(nodePkiDirectory(values.pki));
    if (!trust) throw new UsageError(`no dev PKI in ${values.pki}`);
    anchors.push(testAnchor(trust.root, devCa.DEV_ROOT_NAME));
    intermediates.push(trust.issuing);
    crls.push(...trust.crls);
  }
  for (const file of values.trust ?? []) {
    const bytes = await readInput(file, 'trust anchor');
    try {
      anchors.push(...anchorsFromFile(bytes, false).map((a) => ({ ...a, test: looksLikeTest(a.certificate) })));
    } catch (error) {
      throw new UsageError(`--trust ${file}: ${(error as Error).message}`);
    }
  }
  for (const file of values.crl ?? []) {
    try {
      crls.push(...derOrPem(await readInput(file, 'CRL'), 'X509 CRL'));
    } catch (error) {
      if (error instanceof UsageError) throw error;
      throw new UsageError(`--crl ${file}: ${(error as Error).message}`);
    }
  }
  const ocspResponses: Uint8Array[] = [];
  for (const file of values.ocsp ?? []) {
    const bytes = await readInput(file, 'OCSP response');
    try {
      parseOcspResponse(bytes);
    } catch (error) {
      throw new UsageError(`--ocsp ${file}: ${(error as Error).message}`);
    }
    ocspResponses.push(bytes);
  }
  if (anchors.length === 0) throw new UsageError('nothing to trust: give --pki DIR or --trust CA');
  const roles = values['expect-role'];
  const unknownRole = roles?.find((r) => !(ROLES as readonly string[]).includes(r));
  if (unknownRole) throw new UsageError(`--expect-role ${unknownRole}: one of ${ROLES.join(', ')}`);
  const cms = readCms(await readInput(values.in, 'signature'));
  const content = values.data ? await readInput(values.data, 'data') : undefined;

  const result = await verifySignature(content ? { cms, content } : { cms }, {
    anchors, intermediates, crls, receivedAt: at, purpose, allowTestPki: true, ocsp: { responses: ocspResponses },
    expect: {
      ...(values['expect-iin'] ? { iin: values['expect-iin'] } : {}),
      ...(values['expect-bin'] ? { bin: values['expect-bin'] } : {}),
      ...(roles ? { roles: roles as Role[] } : {}),
    },
  });
  const s = result.signer;
  out.log(JSON.stringify({
    valid: result.valid,
    signer: s ? { iin: s.iin, bin: s.bin, name: s.name, roles: s.roles, purpose: s.purpose, algorithm: s.algorithm } : null,
    checks: result.checks,
    reasons: result.reasons,
  }, null, 2));
  return result.valid ? 0 : 1;
}
