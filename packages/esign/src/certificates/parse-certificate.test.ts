import { readFileSync } from 'node:fs';
import { beforeAll, describe, expect, it } from 'vitest';
import { EsignError } from '../errors';
import { derOrPem } from '../pem';
import { BIN, HEAD_IIN, buildDevWorld, type DevWorld } from '../test-support/dev-world';
import { issueCertificate } from '../dev-ca/issue-certificate';
import { parseCertificate, purposesOf } from './parse-certificate';

const fixture = (path: string) => derOrPem(new Uint8Array(readFileSync(new URL(`../../test-fixtures/nca-test/${path}`, import.meta.url))), 'CERTIFICATE')[0]!;

describe('parseCertificate — NCA profile (SIG-4)', () => {
  let world: DevWorld;
  beforeAll(async () => {
    world = await buildDevWorld();
  });

  it('SIG-4: reads an NCA individual signing certificate (RSA)', () => {
    const cert = parseCertificate(fixture('certs/individual_valid_sign_2004_rsa.cer'));
    expect(cert.subject).toMatchObject({
      commonName: 'ТЕСТОВ ТЕСТ', surname: 'ТЕСТОВ', iin: '123456789011', patronymic: 'ТЕСТОВИЧ', country: 'KZ', bin: null, organization: null,
    });
    expect(cert.issuer.commonName).toBe('ҰКО 3.0 (RSA TEST)');
    expect(cert.serialNumber).toMatch(/^[0-9A-F]+$/);
    expect(cert.keyUsage).toEqual(['digitalSignature', 'nonRepudiation']);
    expect(cert.roles).toEqual(['individual']);
    expect(cert.policies).toEqual(['1.2.398.3.3.2.3']);
    expect(cert.purposes).toEqual(['sign']);
    expect(cert.isCa).toBe(false);
    expect(cert.algorithm).toMatchObject({ name: 'RSA-SHA256', supported: true });
    expect(cert.notAfter.toISOString()).toBe('2023-01-18T04:38:50.000Z');
  });

  it('SIG-4: an NCA authentication certificate is for sign-in only', () => {
    const cert = parseCertificate(fixture('certs/individual_valid_sign_2004_rsa_auth.cer'));
    expect(cert.keyUsage).toEqual(['digitalSignature', 'keyEncipherment']);
    expect(cert.purposes).toEqual(['auth']);
  });

  it('SIG-4: reads the GOST 34.10-2015 CA (CA flag, algorithm) and a legal entity\'s BIN and roles', () => {
    const ca = parseCertificate(fixture('ca/nca_gost2015_test.cer'));
    expect(ca.isCa).toBe(true);
    expect(ca.algorithm).toMatchObject({ name: 'GOST3410-2015-512', signatureOid: '1.2.398.3.10.1.1.2.3.2' });
    expect(ca.purposes).toEqual([]);
    const ceo = parseCertificate(fixture('certs/ceo_valid_sign_2004_gost.cer'));
    expect(ceo.subject).toMatchObject({ bin: '123456789021', organization: 'АО "ТЕСТ"' });
    expect(ceo.roles).toEqual(['legal-entity', 'first-head']);
    expect(ceo.algorithm.supported).toBe(false);
  });

  it('SIG-4: purpose comes from key usage, EKU and policy — some keys carry both', () => {
    expect(purposesOf(['digitalSignature', 'nonRepudiation', 'keyEncipherment'], ['1.3.6.1.5.5.7.3.4'], [])).toEqual(['sign', 'auth']);
    expect(purposesOf(null, [], ['1.2.398.3.3.2.2'])).toEqual(['auth']);
    expect(purposesOf(null, [], ['1.2.398.3.3.2.1'])).toEqual(['sign']);
    expect(purposesOf(['keyCertSign', 'cRLSign'], ['1.3.6.1.5.5.7.3.4'], [])).toEqual([]);
  });

  it('SIG-4: dev CA certificates follow the same profile (head with BIN and role, the system\'s organisation key)', async () => {
    const head = parseCertificate(world.head.certificate);
    expect(head.subject).toMatchObject({ iin: HEAD_IIN, bin: BIN, organization: 'ЖШС "ОРЫНДАУ СЫНАҚ"', surname: 'БАСШЫ' });
    expect(head.roles).toEqual(['legal-entity', 'first-head']);
    expect(head.policies).toEqual(['1.2.398.3.3.2.1']);
    const system = parseCertificate((await issueCertificate(world.pki, {
      now: new Date(), kind: 'organization', name: 'ORYNDAU', bin: BIN, organization: 'ORYNDAU', purpose: 'sign',
    })).certificate);
    expect(system.subject).toMatchObject({ commonName: 'ORYNDAU', iin: null, bin: BIN });
    expect(system.roles).toEqual(['legal-entity']);
    expect(system.purposes).toEqual(['sign']);
    expect(parseCertificate(world.authKey.certificate).purposes).toEqual(['auth']);
  });

  it('SIG-4: refuses what is not exactly one certificate', () => {
    const der = fixture('certs/individual_valid_sign_2004_rsa.cer');
    expect(() => parseCertificate(new Uint8Array([...der, 0]))).toThrow(EsignError);
    expect(() => parseCertificate(new Uint8Array([0x30, 0x03, 1, 2, 3]))).toThrow(/certificate/);
  });
});
