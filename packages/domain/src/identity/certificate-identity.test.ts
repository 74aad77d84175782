import { describe, expect, it } from 'vitest';
import { CERTIFICATE_ROLE_OIDS, actsAsFirstHead, certificateIdentity } from './certificate-identity';

const person = { iin: '880415400004', bin: null, name: 'АХМЕТОВА АЙГУЛЬ', organization: null, roles: ['individual'] };
const head = { iin: '880415400004', bin: '120540012345', name: 'АХМЕТОВА АЙГУЛЬ', organization: 'ТОО «Жарық»', roles: ['legal-entity', 'first-head'] };

describe('ISSUE-14 item 2, FILE-3, SIG-8: who an authentication certificate says you are', () => {
  it('FILE-3: an individual\'s certificate names the person only — no organisation', () => {
    expect(certificateIdentity(person)).toEqual({ iin: '880415400004', representing: null });
  });

  it('FILE-3, SIG-8: a legal entity\'s certificate of its first head: the BIN, the organisation\'s name and the first-head flag', () => {
    expect(certificateIdentity(head)).toEqual({
      iin: '880415400004',
      representing: { bin: '120540012345', organisationName: 'ТОО «Жарық»', firstHead: true, roles: ['first-head'] },
    });
  });

  it('FILE-3: an employee (or one with the right to sign) acts for the organisation but is not its first head', () => {
    const employee = certificateIdentity({ ...head, roles: ['legal-entity', 'employee'] });
    expect(employee.representing).toMatchObject({ bin: '120540012345', firstHead: false, roles: ['employee'] });
    const signer = certificateIdentity({ ...head, roles: ['legal-entity', 'sign-right', 'finance'] });
    expect(signer.representing).toMatchObject({ firstHead: false, roles: ['sign-right', 'finance'] });
  });

  it('SIG-8: roles given as the NCA OIDs read the same as their names (first head = 1.2.398.3.3.4.1.2.1)', () => {
    expect(CERTIFICATE_ROLE_OIDS['first-head']).toBe('1.2.398.3.3.4.1.2.1');
    const byOid = certificateIdentity({ ...head, roles: ['1.2.398.3.3.4.1.2', '1.2.398.3.3.4.1.2.1'] });
    expect(byOid.representing?.firstHead).toBe(true);
    expect(certificateIdentity({ ...head, roles: ['1.2.398.3.3.4.1.2.5'] }).representing?.firstHead).toBe(false);
  });

  it('FILE-3: a certificate without the organisation\'s name is named by its BIN; malformed IIN/BIN count as absent', () => {
    expect(certificateIdentity({ ...head, organization: '  ' }).representing?.organisationName).toBe('120540012345');
    expect(certificateIdentity({ ...head, bin: '12054001234' })).toEqual({ iin: '880415400004', representing: null });
    expect(certificateIdentity({ ...person, iin: 'IIN880415400004' }).iin).toBeNull();
    // An organisation's own key (no IIN) names nobody who could sign in.
    expect(certificateIdentity({ ...head, iin: null }).iin).toBeNull();
  });

  it('SIG-8: acting as first head needs the same BIN and the role', () => {
    const { representing } = certificateIdentity(head);
    expect(actsAsFirstHead(representing, '120540012345')).toBe(true);
    expect(actsAsFirstHead(representing, '999999999999')).toBe(false);
    expect(actsAsFirstHead(certificateIdentity({ ...head, roles: ['legal-entity', 'employee'] }).representing, '120540012345')).toBe(false);
    expect(actsAsFirstHead(null, '120540012345')).toBe(false);
  });
});
