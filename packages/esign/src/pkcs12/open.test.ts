import { readFileSync } from 'node:fs';
import { bytesToNumberBE, bytesToNumberLE, numberToBytesBE } from '@noble/curves/utils.js';
import forge from 'node-forge';
import { describe, expect, it } from 'vitest';
import { gostPublicKeyFromScalar, gostPublicKeyFromSpki } from '../algorithms/gost-2015-key';
import { spkiOfCertificate } from '../algorithms/spki';
import { OID } from '../algorithms/types';
import { derOrPem } from '../pem';
import { openPkcs12, Pkcs12Error, type OpenedKeyFile } from './index';
import { readPfx } from './pfx';

const fixture = (path: string) => new Uint8Array(readFileSync(new URL(`../../test-fixtures/nca-test/${path}`, import.meta.url)));
const GOST_FILE = fixture('keys/individual_gost2015_2022.p12');
const RSA_FILE = fixture('keys/individual_rsa_sign_2021.p12');
const GOST_CA = fixture('ca/nca_gost2015_test.cer');
const RSA_CA = derOrPem(fixture('ca/nca_rsa_test.crt'), 'CERTIFICATE')[0]!;

const latin1 = (bytes: Uint8Array) => forge.util.binary.raw.encode(bytes);
const contains = (haystack: Uint8Array, needle: string) => latin1(haystack).includes(needle);

async function failure(promise: Promise<OpenedKeyFile>): Promise<Pkcs12Error> {
  const error: unknown = await promise.then(
    () => null,
    (e: unknown) => e,
  );
  expect(error).toBeInstanceOf(Pkcs12Error);
  return error as Pkcs12Error;
}

// A minimal PKCS#12 writer for files the NCA does not publish: other bag
// orders, missing parts, foreign keys. Keys go in plain keyBags unless a PIN
// is given to shroud them with pbeWithSHA1And3-KeyTripleDES-CBC.
function buildPfx(options: { pin: string; keys: Uint8Array[]; certificates: Uint8Array[]; mac?: boolean; shroud?: boolean }): Uint8Array {
  const { asn1 } = forge;
  const U = asn1.Class.UNIVERSAL;
  const oid = (o: string) => asn1.create(U, asn1.Type.OID, false, asn1.oidToDer(o).getBytes());
  const octets = (s: string) => asn1.create(U, asn1.Type.OCTETSTRING, false, s);
  const integer = (n: number) => asn1.create(U, asn1.Type.INTEGER, false, asn1.integerToDer(n).getBytes());
  const seq = (items: forge.asn1.Asn1[]) => asn1.create(U, asn1.Type.SEQUENCE, true, items);
  const explicit0 = (item: forge.asn1.Asn1) => asn1.create(asn1.Class.CONTEXT_SPECIFIC, 0, true, [item]);
  const keyBag = (key: Uint8Array) =>
    options.shroud
      ? seq([oid('1.2.840.113549.1.12.10.1.2'), explicit0(forge.pki.encryptPrivateKeyInfo(asn1.fromDer(latin1(key)), options.pin, { algorithm: '3des' }))])
      : seq([oid('1.2.840.113549.1.12.10.1.1'), explicit0(asn1.fromDer(latin1(key)))]);
  const certBag = (cert: Uint8Array) =>
    seq([oid('1.2.840.113549.1.12.10.1.3'), explicit0(seq([oid('1.2.840.113549.1.9.22.1'), explicit0(octets(latin1(cert)))]))]);
  const safeContents = asn1.toDer(seq([...options.keys.map(keyBag), ...options.certificates.map(certBag)])).getBytes();
  const authSafe = asn1.toDer(seq([seq([oid('1.2.840.113549.1.7.1'), explicit0(octets(safeContents))])])).getBytes();
  const pfx = [integer(3), seq([oid('1.2.840.113549.1.7.1'), explicit0(octets(authSafe))])];
  if (options.mac !== false) {
    const salt = forge.random.getBytesSync(8);
    const key = forge.pkcs12.generateKey(options.pin, forge.util.createBuffer(salt), 3, 1024, 20);
    const hmac = forge.hmac.create();
    hmac.start('sha1', key.getBytes());
    hmac.update(authSafe);
    const digestInfo = seq([seq([oid('1.3.14.3.2.26'), asn1.create(U, asn1.Type.NULL, false, '')]), octets(hmac.digest().getBytes())]);
    pfx.push(seq([digestInfo, octets(salt), integer(1024)]));
  }
  return forge.util.binary.raw.decode(asn1.toDer(seq(pfx)).getBytes());
}

describe('openPkcs12', () => {
  it("SIG-2: opens the NCA's RSA key file with its PIN", async () => {
    const opened = await openPkcs12(RSA_FILE, 'Qwerty12');
    expect(opened.privateKey.algorithm).toBe('RSA-SHA256');
    expect(contains(opened.certificate, 'IIN123456789011')).toBe(true);
    expect(opened.chain).toEqual([]);
    // The key is importable by WebCrypto as PKCS#8.
    const pkcs8 = opened.privateKey.algorithm === 'RSA-SHA256' ? opened.privateKey.pkcs8 : new Uint8Array();
    const key = await globalThis.crypto.subtle.importKey('pkcs8', new Uint8Array(pkcs8), { name: 'RSASSA-PKCS1-v1_5', hash: 'SHA-256' }, false, ['sign']);
    expect(key.type).toBe('private');
  });

  it("SIG-2: opens the NCA's GOST 2015 key file with its PIN; d·G is the certificate's public key", async () => {
    const opened = await openPkcs12(GOST_FILE, 'Aa123456');
    expect(opened.privateKey.algorithm).toBe('GOST3410-2015-512');
    expect(contains(opened.certificate, 'IIN123456789012')).toBe(true);
    const scalar = opened.privateKey.algorithm === 'GOST3410-2015-512' ? opened.privateKey.scalar : new Uint8Array();
    expect(scalar).toHaveLength(64);
    expect(Array.from(gostPublicKeyFromScalar(scalar))).toEqual(Array.from(gostPublicKeyFromSpki(spkiOfCertificate(opened.certificate))));
  });

  it('SIG-2: the GOST private key is stored as OCTET STRING { OCTET STRING (64 bytes, little-endian) }', () => {
    const [privateKeyInfo] = readPfx(GOST_FILE, 'Aa123456').privateKeys;
    const hex = forge.util.bytesToHex(latin1(privateKeyInfo!));
    // …, privateKey OCTET STRING (66 bytes) = 04 40 ‖ 64 bytes.
    const at = hex.indexOf('0442' + '0440');
    expect(at).toBeGreaterThan(0);
    const stored = forge.util.binary.hex.decode(hex.slice(at + 8, at + 8 + 128));
    const certificateKey = Array.from(gostPublicKeyFromSpki(spkiOfCertificate((readPfx(GOST_FILE, 'Aa123456').certificates[0])!)));
    expect(Array.from(gostPublicKeyFromScalar(numberToBytesBE(bytesToNumberLE(stored), 64)))).toEqual(certificateKey);
    expect(Array.from(gostPublicKeyFromScalar(numberToBytesBE(bytesToNumberBE(stored), 64)))).not.toEqual(certificateKey);
  });

  it('SIG-2: a wrong PIN is rejected with wrong_pin (both NCA files, PINs are case-sensitive)', async () => {
    expect((await failure(openPkcs12(GOST_FILE, 'aa123456'))).code).toBe('wrong_pin');
    expect((await failure(openPkcs12(RSA_FILE, 'Aa123456'))).code).toBe('wrong_pin');
    expect((await failure(openPkcs12(RSA_FILE, ''))).code).toBe('wrong_pin');
  });

  it('a damaged or foreign file is corrupt', async () => {
    expect((await failure(openPkcs12(GOST_FILE.subarray(0, 300), 'Aa123456'))).code).toBe('corrupt');
    expect((await failure(openPkcs12(new Uint8Array([1, 2, 3, 4]), 'Aa123456'))).code).toBe('corrupt');
    expect((await failure(openPkcs12(new Uint8Array(), 'Aa123456'))).code).toBe('corrupt');
    expect((await failure(openPkcs12(GOST_CA, 'Aa123456'))).code).toBe('corrupt'); // a certificate, not a key file
  });

  it('pairs the key with its certificate by public key, not by position', async () => {
    const { privateKeys, certificates } = readPfx(GOST_FILE, 'Aa123456');
    const leaf = certificates[0]!;
    const file = buildPfx({ pin: '1234', keys: privateKeys, certificates: [RSA_CA, GOST_CA, leaf] });
    const opened = await openPkcs12(file, '1234');
    expect(Array.from(opened.certificate)).toEqual(Array.from(leaf));
    expect(opened.chain.map((c) => Array.from(c))).toEqual([Array.from(RSA_CA), Array.from(GOST_CA)]);
  });

  it('no key → no_key; a key without its certificate → no_certificate', async () => {
    expect((await failure(openPkcs12(buildPfx({ pin: '1', keys: [], certificates: [GOST_CA] }), '1'))).code).toBe('no_key');
    const { privateKeys } = readPfx(GOST_FILE, 'Aa123456');
    const orphan = buildPfx({ pin: '1', keys: privateKeys, certificates: [GOST_CA, RSA_CA] });
    expect((await failure(openPkcs12(orphan, '1'))).code).toBe('no_certificate');
  });

  it('a GOST 34.310-2004 key → unsupported_algorithm', async () => {
    const { asn1 } = forge;
    const U = asn1.Class.UNIVERSAL;
    const legacyKey = asn1.toDer(
      asn1.create(U, asn1.Type.SEQUENCE, true, [
        asn1.create(U, asn1.Type.INTEGER, false, asn1.integerToDer(0).getBytes()),
        asn1.create(U, asn1.Type.SEQUENCE, true, [asn1.create(U, asn1.Type.OID, false, asn1.oidToDer(OID.gost2004Key).getBytes())]),
        asn1.create(U, asn1.Type.OCTETSTRING, false, forge.random.getBytesSync(32)),
      ]),
    ).getBytes();
    const file = buildPfx({ pin: '1', keys: [forge.util.binary.raw.decode(legacyKey)], certificates: [GOST_CA] });
    const error = await failure(openPkcs12(file, '1'));
    expect(error.code).toBe('unsupported_algorithm');
    expect(error.message).toMatch(/GOST 34\.310-2004/);
  });

  it('without a MAC, a shrouded key that does not decrypt is still wrong_pin', async () => {
    const { privateKeys, certificates } = readPfx(RSA_FILE, 'Qwerty12');
    const file = buildPfx({ pin: 'right', keys: privateKeys, certificates, mac: false, shroud: true });
    expect((await openPkcs12(file, 'right')).privateKey.algorithm).toBe('RSA-SHA256');
    expect((await failure(openPkcs12(file, 'wrong'))).code).toBe('wrong_pin');
  });
});
