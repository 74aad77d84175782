import { describe, expect, it } from 'vitest';
import { readFileSync } from 'node:fs';
import { FIRST_HEAD_ROLE, checkPowerOfAttorney, isFirstHeadOf, maySignPowerOfAttorney, type PowerOfAttorney, type PoaUse } from './power-of-attorney';
import { POA_REFUSAL_TEXTS } from './reference';

const POA: PowerOfAttorney = {
  id: 'poa-1', status: 'active', principalKind: 'individual', principalIinBin: '791028302728',
  trustees: [{ iin: '061211600012' }], powers: ['file_claims', 'pay_duty'], validFrom: '2026-03-01', validUntil: '2026-12-31',
};
const USE: PoaUse = { trusteeIin: '061211600012', principalIinBin: '791028302728', power: 'file_claims', on: '2026-03-16' };

const reasonOf = (poa: PowerOfAttorney, use: PoaUse): string | null => {
  const r = checkPowerOfAttorney(poa, use);
  return r.ok ? null : r.reason;
};

describe('FILE-9 SIG-8 ISSUE-14 item 9: the power of attorney at the moment of filing', () => {
  it('FILE-9 ISSUE-14 item 9: a trustee with the power, within the dates, may act — first and last day included', () => {
    expect(checkPowerOfAttorney(POA, USE)).toEqual({ ok: true });
    expect(reasonOf(POA, { ...USE, on: '2026-03-01' })).toBeNull();
    expect(reasonOf(POA, { ...USE, on: '2026-12-31' })).toBeNull();
  });

  it('FILE-9 ISSUE-14 item 9: each refusal has its reason code', () => {
    expect(reasonOf({ ...POA, status: 'revoked' }, USE)).toBe('revoked');
    expect(reasonOf({ ...POA, status: 'draft' }, USE)).toBe('not_signed');
    expect(reasonOf(POA, { ...USE, on: '2027-01-01' })).toBe('expired');
    expect(reasonOf(POA, { ...USE, on: '2026-02-28' })).toBe('not_yet_valid');
    expect(reasonOf(POA, { ...USE, trusteeIin: '880101300123' })).toBe('not_a_trustee');
    expect(reasonOf(POA, { ...USE, power: 'file_appeals' })).toBe('power_missing');
    expect(reasonOf(POA, { ...USE, principalIinBin: '940140000385' })).toBe('other_principal');
  });

  it('FILE-9 ISSUE-14 item 9: revocation takes effect at once, even inside the validity dates', () => {
    expect(reasonOf({ ...POA, status: 'revoked' }, { ...USE, on: '2026-06-01' })).toBe('revoked');
  });

  it('FILE-9 ISSUE-14 item 9: the DomainError carries the code and the reason text in both languages', () => {
    const r = checkPowerOfAttorney(POA, { ...USE, on: '2027-01-01' });
    expect(r.ok).toBe(false);
    if (r.ok) return;
    expect(r.error.code).toBe('courts.poa_invalid');
    expect(r.error.details).toEqual({ reason: 'expired', powerOfAttorneyId: 'poa-1', reasons: [POA_REFUSAL_TEXTS.expired] });
  });

  it('SIG-8 ISSUE-14 item 9: a legal entity\'s power of attorney needs its BIN and the first-head role', () => {
    const entity = { principalKind: 'legal_entity' as const, principalIinBin: '940140000385' };
    const head = { iin: '791028302728', bin: '940140000385', roles: ['legal-entity', 'first-head'] };
    expect(isFirstHeadOf(head, '940140000385')).toBe(true);
    expect(maySignPowerOfAttorney(head, entity)).toBe(true);
    expect(maySignPowerOfAttorney({ ...head, roles: ['legal-entity', 'sign-right'] }, entity)).toBe(false);
    expect(maySignPowerOfAttorney({ ...head, bin: '000740001307' }, entity)).toBe(false);
    expect(maySignPowerOfAttorney({ ...head, bin: null }, entity)).toBe(false);
    expect(maySignPowerOfAttorney({ iin: '791028302728', bin: null, roles: ['individual'] }, { principalKind: 'individual', principalIinBin: '791028302728' })).toBe(true);
    expect(maySignPowerOfAttorney({ iin: '061211600012', bin: null, roles: ['individual'] }, { principalKind: 'individual', principalIinBin: '791028302728' })).toBe(false);
  });

  it('SIG-8 ISSUE-14 item 9: the role code is the one @oryndau/esign gives the first-head OID', () => {
    // Read as text: the domain may not import esign (package graph), but must name its role the same way.
    const oids = readFileSync(new URL('../../../esign/src/certificates/oids.ts', import.meta.url), 'utf8');
    expect(oids).toContain(`'${FIRST_HEAD_ROLE}': '1.2.398.3.3.4.1.2.1'`);
  });
});
