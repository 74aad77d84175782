import { spawnSync } from 'node:child_process';
import { copyFileSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { main } from './main';

// The `oryndau esign` contract of issue 3, run as a user would: the real
// binary, the real openssl.
const BIN = 'packages/cli/bin/oryndau.mjs';
const NCA = 'packages/esign/test-fixtures/nca-test';
const dir = mkdtempSync(join(tmpdir(), 'oryndau-esign-'));
const at = (name: string) => join(dir, name);
const pki = at('pki');

/** The real binary (a new Node process through tsx, ~1.5 s): the contract as a user meets it. */
const binary = (...args: string[]) => spawnSync(process.execPath, [BIN, 'esign', ...args], { encoding: 'utf8', env: { ...process.env, TZ: 'UTC' } });
/**
 * The same command's `main` in this process, output captured as the binary
 * prints it. Most calls go here (CI time); the binary itself is run for the
 * first issue, the help, and one sign and verify.
 */
const oryndau = async (...args: string[]) => {
  const stdout: string[] = [];
  const stderr: string[] = [];
  const status = await main(['esign', ...args], { log: (text) => stdout.push(`${text}\n`), error: (text) => stderr.push(`${text}\n`) });
  return { status, stdout: stdout.join(''), stderr: stderr.join('') };
};
const openssl = (...args: string[]) => spawnSync('openssl', args, { encoding: 'utf8' });
type Verdict = { valid: boolean; signer: Record<string, unknown> | null; checks: { name: string; ok: boolean; detail: string }[]; reasons: { code: string; kk: string; ru: string }[] };
const verify = async (...args: string[]) => {
  const run = await oryndau('verify', ...args);
  return { status: run.status, json: JSON.parse(run.stdout) as Verdict, stderr: run.stderr };
};
const codes = (v: Verdict) => v.reasons.map((r) => r.code);

const IIN = '880315300123';
const PIN = 'Qwerty12';

beforeAll(() => {
  writeFileSync(at('act.pdf'), 'Қаулы №17 / Постановление №17');
  const issued = binary('issue', '--pki', pki, '--iin', IIN, '--name', 'ТЕСТОВ ТЕСТ', '--purpose', 'sign', '--pin', PIN, '--out', at('sign.p12'));
  expect(issued.stderr).toBe('');
  expect(issued.status).toBe(0);
});
afterAll(() => rmSync(dir, { recursive: true, force: true }));

// Each run of the binary starts tsx (~1.5 s); generous limits keep a loaded machine from flaking.
describe('oryndau esign (SIG-4 CLI contract)', { timeout: 180_000 }, () => {
  it('SIG-4: every command prints --help; usage errors exit 2', async () => {
    for (const sub of [[], ['issue'], ['sign'], ['verify'], ['revoke'], ['crl']]) {
      const help = await oryndau(...sub, '--help');
      expect(help.status, sub.join(' ')).toBe(0);
      expect(help.stdout).toContain('Usage: oryndau esign');
    }
    expect(spawnSync(process.execPath, [BIN, '--help'], { encoding: 'utf8' }).stdout).toContain('esign');
    expect((await oryndau()).status).toBe(2);
    expect((await oryndau('frobnicate')).status).toBe(2);
    expect((await oryndau('verify', '--in', at('none.cms'), '--pki', pki)).status).toBe(2);
    expect((await oryndau('verify', '--in', at('act.pdf'))).status).toBe(2);
    expect((await oryndau('verify', '--in', at('act.pdf'), '--pki', pki, '--at', 'yesterday')).status).toBe(2);
    expect((await oryndau('issue', '--pki', pki, '--iin', '12', '--name', 'X Y', '--purpose', 'sign', '--pin', '1', '--out', at('x.p12'))).status).toBe(2);
    expect((await oryndau('sign', '--p12', at('sign.p12'), '--bogus')).status).toBe(2);
  });

  it('SIG-2: issue writes an NCA-like key file that `openssl pkcs12 -legacy` opens, and the certificate as PEM', async () => {
    const info = openssl('pkcs12', '-legacy', '-in', at('sign.p12'), '-nodes', '-passin', `pass:${PIN}`, '-info');
    expect(info.status).toBe(0);
    expect(info.stderr).toContain('Shrouded Keybag: pbeWithSHA1And3-KeyTripleDES-CBC');
    expect(info.stderr).toContain('PKCS7 Encrypted data: pbeWithSHA1And40BitRC2-CBC');
    expect(info.stderr).toContain('MAC: sha1');
    expect(info.stdout).toContain('-----BEGIN PRIVATE KEY-----');
    expect(openssl('pkcs12', '-legacy', '-in', at('sign.p12'), '-nodes', '-passin', 'pass:wrong').status).not.toBe(0);
    const subject = openssl('x509', '-in', at('sign.p12.pem'), '-noout', '-subject', '-nameopt', 'utf8,sep_comma_plus');
    expect(subject.stdout).toContain(`serialNumber=IIN${IIN}`);
  });

  it('SIG-4: issue → sign → verify round trip, attached and detached', async () => {
    // The binary signs and verifies as a user runs it; the rest of the file calls the same `main` in this process.
    expect(binary('sign', '--p12', at('sign.p12'), '--pin', PIN, '--in', at('act.pdf'), '--out', at('act.cms')).status).toBe(0);
    const printed = binary('verify', '--in', at('act.cms'), '--pki', pki, '--expect-iin', IIN);
    expect(printed.status).toBe(0);
    expect(JSON.parse(printed.stdout)).toMatchObject({ valid: true, signer: { iin: IIN }, reasons: [] });
    const attached = await verify('--in', at('act.cms'), '--pki', pki, '--expect-iin', IIN);
    expect(attached.status).toBe(0);
    expect(attached.json.valid).toBe(true);
    expect(Object.keys(attached.json)).toEqual(['valid', 'signer', 'checks', 'reasons']);
    expect(attached.json.signer).toEqual({ iin: IIN, bin: null, name: 'ТЕСТОВ ТЕСТ', roles: ['individual'], purpose: ['sign'], algorithm: 'RSA-SHA256' });
    expect(attached.json.checks.map((c) => c.name)).toEqual([
      'parsing', 'signature', 'content', 'chain', 'time', 'revocation', 'purpose', 'binding', 'freshness', 'test_pki', 'evidence',
    ]);

    expect((await oryndau('sign', '--p12', at('sign.p12'), '--pin', PIN, '--in', at('act.pdf'), '--out', at('act.p7s'), '--detached')).status).toBe(0);
    expect((await verify('--in', at('act.p7s'), '--data', at('act.pdf'), '--pki', pki)).status).toBe(0);
    writeFileSync(at('changed.pdf'), 'Қаулы №18');
    const changed = await verify('--in', at('act.p7s'), '--data', at('changed.pdf'), '--pki', pki);
    expect([changed.status, codes(changed.json)]).toEqual([1, ['content_mismatch']]);
    expect(codes((await verify('--in', at('act.p7s'), '--pki', pki)).json)).toEqual(['content_missing']);
    const other = await verify('--in', at('act.cms'), '--pki', pki, '--expect-iin', '750101400456');
    expect([other.status, codes(other.json)]).toEqual([1, ['iin_mismatch']]);
    expect(codes((await verify('--in', at('act.cms'), '--pki', pki, '--purpose', 'auth')).json)).toEqual(['not_an_auth_key']);
    expect((await oryndau('sign', '--p12', at('sign.p12'), '--pin', 'wrong', '--in', at('act.pdf'), '--out', at('x.cms'))).status).toBe(1);
  });

  it('SIG-4: an organisation head carries BIN and role; a mismatching BIN is refused', async () => {
    const head = await oryndau('issue', '--pki', pki, '--iin', '750101400456', '--name', 'БАСШЫ БАС', '--bin', '040340001234', '--role', 'first-head',
      '--purpose', 'sign', '--pin', PIN, '--out', at('head.p12'));
    expect(head.status).toBe(0);
    expect((await oryndau('sign', '--p12', at('head.p12'), '--pin', PIN, '--in', at('act.pdf'), '--out', at('head.cms'))).status).toBe(0);
    const ok = await verify('--in', at('head.cms'), '--pki', pki, '--expect-iin', '750101400456', '--expect-bin', '040340001234');
    expect(ok.status).toBe(0);
    expect(ok.json.signer).toMatchObject({ bin: '040340001234', roles: ['legal-entity', 'first-head'] });
    expect(codes((await verify('--in', at('head.cms'), '--pki', pki, '--expect-bin', '990340005678')).json)).toEqual(['bin_mismatch']);
  });

  it('SIG-4: `openssl cms -sign -binary -md sha256 -nodetach` with a dev-CA key is accepted; with a self-signed look-alike refused', async () => {
    expect(openssl('pkcs12', '-legacy', '-in', at('sign.p12'), '-nodes', '-nocerts', '-passin', `pass:${PIN}`, '-out', at('key.pem')).status).toBe(0);
    const signed = openssl('cms', '-sign', '-binary', '-md', 'sha256', '-nodetach', '-signer', at('sign.p12.pem'), '-inkey', at('key.pem'),
      '-in', at('act.pdf'), '-outform', 'DER', '-out', at('openssl.cms'));
    expect(signed.status).toBe(0);
    const accepted = await verify('--in', at('openssl.cms'), '--pki', pki, '--expect-iin', IIN);
    expect(accepted.json.reasons).toEqual([]);
    expect(accepted.status).toBe(0);

    // Same subject, IIN, key usage, EKU and policy — but self-signed by the forger.
    const lookAlike = openssl('req', '-x509', '-newkey', 'rsa:2048', '-nodes', '-keyout', at('fake.key'), '-out', at('fake.pem'), '-days', '30', '-utf8',
      '-subj', `/CN=ТЕСТОВ ТЕСТ/SN=ТЕСТОВ/serialNumber=IIN${IIN}/C=KZ`,
      '-addext', 'keyUsage=critical,digitalSignature,nonRepudiation', '-addext', 'extendedKeyUsage=emailProtection,1.2.398.3.3.4.1.1',
      '-addext', 'certificatePolicies=1.2.398.3.3.2.3', '-addext', 'basicConstraints=critical,CA:FALSE');
    expect(lookAlike.status).toBe(0);
    expect(openssl('cms', '-sign', '-binary', '-md', 'sha256', '-nodetach', '-signer', at('fake.pem'), '-inkey', at('fake.key'),
      '-in', at('act.pdf'), '-outform', 'DER', '-out', at('fake.cms')).status).toBe(0);
    const refused = await verify('--in', at('fake.cms'), '--pki', pki, '--expect-iin', IIN);
    expect(refused.status).toBe(1);
    expect(refused.json.valid).toBe(false);
    expect(refused.json.signer).toMatchObject({ iin: IIN, roles: ['individual'], purpose: ['sign'] });
    expect(codes(refused.json)).toContain('untrusted_chain');

    // SHA-1 is not a known pair with RSA here.
    expect(openssl('cms', '-sign', '-binary', '-md', 'sha1', '-nodetach', '-signer', at('sign.p12.pem'), '-inkey', at('key.pem'),
      '-in', at('act.pdf'), '-outform', 'DER', '-out', at('sha1.cms')).status).toBe(0);
    expect(codes((await verify('--in', at('sha1.cms'), '--pki', pki)).json)).toContain('unsupported_algorithm');
  });

  it('SIG-4: revoke → verify fails; crl writes a CRL openssl verifies under the issuing CA', async () => {
    expect((await oryndau('issue', '--pki', pki, '--iin', IIN, '--name', 'ТЕСТОВ ТЕСТ', '--purpose', 'sign', '--pin', PIN, '--out', at('gone.p12'))).status).toBe(0);
    expect((await oryndau('sign', '--p12', at('gone.p12'), '--pin', PIN, '--in', at('act.pdf'), '--out', at('gone.cms'))).status).toBe(0);
    expect((await verify('--in', at('gone.cms'), '--pki', pki)).status).toBe(0);
    const revoked = await oryndau('revoke', '--pki', pki, '--cert', at('gone.p12.pem'));
    expect(revoked.status).toBe(0);
    const after = await verify('--in', at('gone.cms'), '--pki', pki);
    expect([after.status, codes(after.json)]).toEqual([1, ['revoked']]);
    expect((await verify('--in', at('act.cms'), '--pki', pki)).status).toBe(0);
    // Checked as of before the revocation, the same signature is still good.
    expect((await verify('--in', at('gone.cms'), '--pki', pki, '--at', new Date(Date.now() - 60_000).toISOString())).status).toBe(0);
    expect((await oryndau('revoke', '--pki', pki, '--cert', at('fake.pem'))).status).toBe(2);

    expect((await oryndau('crl', '--pki', pki, '--out', at('dev.crl'))).status).toBe(0);
    const serial = openssl('x509', '-in', at('gone.p12.pem'), '-noout', '-serial').stdout.trim().replace('serial=', '');
    const crl = openssl('crl', '-inform', 'DER', '-in', at('dev.crl'), '-CAfile', join(pki, 'issuing-ca.pem'), '-noout', '-text');
    expect(crl.stderr).toContain('verify OK');
    expect(crl.stdout).toContain(serial);
    // An explicit --crl works like the one from --pki; a CRL given without the dev PKI's own is the only one used.
    copyFileSync(join(pki, 'root.pem'), at('root.pem'));
    const explicit = await verify('--in', at('gone.cms'), '--trust', at('root.pem'), '--trust', join(pki, 'issuing-ca.pem'), '--crl', at('dev.crl'));
    expect(codes(explicit.json)).toContain('revoked');
  });

  it('SIG-4/SIG-7: real NCA keys sign and verify as of a time inside validity, and are expired today', async () => {
    writeFileSync(at('nca.txt'), readFileSync(at('act.pdf')));
    expect((await oryndau('sign', '--p12', `${NCA}/keys/individual_gost2015_2022.p12`, '--pin', 'Aa123456', '--in', at('nca.txt'), '--out', at('gost.cms'))).status).toBe(0);
    const gostArgs = ['--in', at('gost.cms'), '--trust', `${NCA}/ca/nca_gost2015_test.cer`, '--crl', `${NCA}/crl/nca_gost2022_test.crl`, '--expect-iin', '123456789012'];
    const then = await verify(...gostArgs, '--at', '2022-09-01T09:00:00Z');
    expect(then.json.reasons).toEqual([]);
    expect(then.status).toBe(0);
    expect(then.json.signer).toMatchObject({ algorithm: 'GOST3410-2015-512', iin: '123456789012' });
    const today = await verify(...gostArgs);
    expect(today.status).toBe(1);
    expect(codes(today.json)).toContain('certificate_expired');

    expect((await oryndau('sign', '--p12', `${NCA}/keys/individual_rsa_sign_2021.p12`, '--pin', 'Qwerty12', '--in', at('nca.txt'), '--out', at('rsa.cms'), '--detached')).status).toBe(0);
    const rsaArgs = ['--in', at('rsa.cms'), '--data', at('nca.txt'), '--trust', `${NCA}/ca/nca_rsa_test.crt`, '--crl', `${NCA}/crl/nca_rsa_test.crl`];
    // No NCA test CRL covers 2021 (the key's whole life): revocation fails closed, everything else passes.
    const rsaThen = await verify(...rsaArgs, '--at', '2021-06-01T09:00:00Z');
    expect(rsaThen.json.checks.filter((c) => !c.ok).map((c) => c.name)).toEqual(['revocation']);
    expect(codes((await verify(...rsaArgs)).json)).toContain('certificate_expired');
  });

  it('issue 11 item 11 SIG-4 SIG-7: verify --ocsp takes an OCSP response (made by `openssl ocsp` as the dev CA) as revocation evidence', async () => {
    const issuing = join(pki, 'issuing-ca.pem');
    expect((await oryndau('sign', '--p12', at('sign.p12'), '--pin', PIN, '--in', at('act.pdf'), '--out', at('ocsp-act.cms'))).status).toBe(0);
    copyFileSync(join(pki, 'root.pem'), at('root2.pem'));
    expect((await oryndau('crl', '--pki', pki, '--out', at('issuing.crl'))).status).toBe(0);
    const serial = openssl('x509', '-in', at('sign.p12.pem'), '-noout', '-serial').stdout.trim().replace('serial=', '');
    const subject = openssl('x509', '-in', at('sign.p12.pem'), '-noout', '-subject', '-nameopt', 'compat').stdout.trim().replace('subject=', '');
    const respond = (status: 'V' | 'R', out: string) => {
      const revoked = status === 'R' ? '250101000000Z' : '';
      writeFileSync(at('index.txt'), `${status}\t391231000000Z\t${revoked}\t${serial}\tunknown\t${subject}\n`);
      expect(openssl('ocsp', '-issuer', issuing, '-cert', at('sign.p12.pem'), '-reqout', at('req.der')).status).toBe(0);
      const made = openssl('ocsp', '-index', at('index.txt'), '-rsigner', issuing, '-rkey', join(pki, 'issuing-ca.key.pem'), '-CA', issuing,
        '-rmd', 'sha256', '-reqin', at('req.der'), '-respout', at(out));
      expect(made.stderr).not.toMatch(/error/i);
      expect(made.status).toBe(0);
    };
    // Trust root + issuing CA with only the root's CRL: the user certificate's status must come from OCSP.
    const base = ['--in', at('ocsp-act.cms'), '--trust', at('root2.pem'), '--trust', issuing, '--crl', join(pki, 'root.crl')];
    const without = await verify(...base);
    expect([without.status, codes(without.json)]).toEqual([1, ['revocation_unknown']]);
    respond('V', 'good.ocsp');
    const good = await verify(...base, '--ocsp', at('good.ocsp'));
    expect(good.json.reasons).toEqual([]);
    expect(good.status).toBe(0);
    expect(good.json.checks.find((c) => c.name === 'revocation')?.detail).toContain('OCSP');
    expect(good.json.checks.find((c) => c.name === 'evidence')?.detail).toContain('1 OCSP response');
    respond('R', 'revoked.ocsp');
    const revoked = await verify(...base, '--ocsp', at('revoked.ocsp'));
    expect([revoked.status, codes(revoked.json)]).toEqual([1, ['revoked']]);
    // Too old for the time asked about (no nextUpdate: one hour).
    const later = await verify(...base, '--ocsp', at('good.ocsp'), '--at', new Date(Date.now() + 2 * 3_600_000).toISOString());
    expect(codes(later.json)).toEqual(['revocation_unknown']);
    writeFileSync(at('junk.ocsp'), 'not an OCSP response');
    expect((await oryndau('verify', ...base, '--ocsp', at('junk.ocsp'))).status).toBe(2);
  });
});
