import type { KeyPurpose, NcaCertificate } from '../certificates/parse-certificate';
import type { ReasonCode } from './reasons';
import type { SignerExpectation } from './types';

export type SubjectOutcome = { ok: true; detail: string } | { ok: false; detail: string; code: ReasonCode };

/** Checklist 6: acts need a signing key, sign-in an authentication key. */
export function checkPurpose(cert: NcaCertificate, expected: KeyPurpose): SubjectOutcome {
  const has = cert.purposes.length ? cert.purposes.join('+') : 'none';
  const code: ReasonCode = expected === 'sign' ? 'not_a_signing_key' : 'not_an_auth_key';
  if (cert.isCa) return { ok: false, code, detail: 'a CA certificate cannot sign acts or sign in' };
  return cert.purposes.includes(expected)
    ? { ok: true, detail: `key purpose ${has} allows ${expected}` }
    : { ok: false, code, detail: `key purpose ${has} does not allow ${expected}` };
}

/**
 * Checklist 7: the certificate's IIN, BIN and role against the acting user
 * as the server knows them (session, organisation record) — never as the
 * request states them.
 */
export function checkBinding(cert: NcaCertificate, expect: SignerExpectation | undefined): SubjectOutcome[] {
  if (!expect || (expect.iin === undefined && expect.bin === undefined && expect.roles === undefined)) {
    return [{ ok: true, detail: 'no person or organisation to bind given by the caller' }];
  }
  const out: SubjectOutcome[] = [];
  const { iin, bin } = cert.subject;
  if (expect.iin !== undefined) {
    out.push(iin === expect.iin
      ? { ok: true, detail: `IIN ${iin} matches` }
      : { ok: false, code: 'iin_mismatch', detail: `IIN ${iin ?? 'absent'} ≠ expected ${expect.iin}` });
  }
  if (expect.bin !== undefined) {
    out.push(bin === expect.bin
      ? { ok: true, detail: `BIN ${bin} matches` }
      : { ok: false, code: 'bin_mismatch', detail: `BIN ${bin ?? 'absent'} ≠ expected ${expect.bin}` });
  }
  if (expect.roles !== undefined) {
    const held = expect.roles.filter((r) => cert.roles.includes(r));
    out.push(held.length > 0
      ? { ok: true, detail: `role ${held.join(', ')}` }
      : { ok: false, code: 'role_mismatch', detail: `roles ${cert.roles.join(', ') || 'none'}; needs one of ${expect.roles.join(', ')}` });
  }
  return out;
}
