import { readFile } from 'node:fs/promises';
import { join } from 'node:path';
import type { SystemOrganisation } from '@oryndau/domain';
import { createSignedData, isPkcs12Error, openPkcs12, parseCertificate, type OpenedKeyFile } from '@oryndau/esign';
import { nodePkiDirectory } from '@oryndau/esign/node';
import type { Config } from '../config';
import { DEMO_KEY_PIN, ensureDevSystemKey } from '../signing/demo-keys';
import type { SignatureTrust } from '../signing/trust';

/**
 * Whether the system can seal, as `/health` shows it. `problem` names the
 * setting or the check that failed — a path may appear, the PIN never.
 */
export type SystemKeyStatus =
  | { ok: true; source: 'file' | 'dev-pki'; bin: string; notAfter: string }
  | { ok: false; problem: string };

export type LoadedSystemKey = { status: SystemKeyStatus; key: OpenedKeyFile | null };

/** Subject and issuer are the same name: a root, which a verifier takes from its own pinned anchors, never from a signature. */
const selfIssued = (der: Uint8Array) => {
  const cert = parseCertificate(der);
  return JSON.stringify(cert.subject.attributes) === JSON.stringify(cert.issuer.attributes);
};

/**
 * Opens a key file. The CMS carries the signer's certificate and the issuing
 * CA's (the verifier needs it to build the chain) but not the root: it would
 * be ignored as a trust source anyway, and each copy costs 0.8 kB in every
 * stored signature and parsing time in every verification.
 */
export async function openSystemKeyFile(bytes: Uint8Array, pin: string): Promise<OpenedKeyFile> {
  const opened = await openPkcs12(bytes, pin);
  return { ...opened, chain: opened.chain.filter((der) => !selfIssued(der)) };
}

/** The signature the seal makes (CAdES-BES, detached), before it is verified; bench:simplified times exactly this as its floor. */
export function signWithSystemKey(key: OpenedKeyFile, content: Uint8Array, at: Date): Promise<Uint8Array> {
  return createSignedData({ content, detached: true, privateKey: key.privateKey, certificate: key.certificate, chain: key.chain, signingTime: at });
}

class KeyProblem extends Error {}

const errno = (error: unknown) => (error as NodeJS.ErrnoException).code ?? (error as Error).message;

async function readSetting(path: string, variable: string): Promise<Uint8Array> {
  try {
    return new Uint8Array(await readFile(path));
  } catch (error) {
    throw new KeyProblem(`${variable} ${path} cannot be read (${errno(error)})`);
  }
}

/** The configured key file and its PIN, or the dev PKI's system key; null = nothing configured. */
async function keySource(config: Config, organisation: SystemOrganisation, trust: SignatureTrust | null, now: Date)
  : Promise<{ source: 'file' | 'dev-pki'; bytes: Uint8Array; pin: string; label: string } | null> {
  const { system } = config;
  if (system.keyFile) {
    let pin: string;
    if (system.keyPin) pin = system.keyPin.reveal();
    else if (system.keyPinFile) pin = new TextDecoder().decode(await readSetting(system.keyPinFile, 'SYSTEM_KEY_PIN_FILE')).replace(/\r?\n$/, '');
    else throw new KeyProblem('missing: SYSTEM_KEY_PIN or SYSTEM_KEY_PIN_FILE');
    return { source: 'file', bytes: await readSetting(system.keyFile, 'SYSTEM_KEY_FILE'), pin, label: 'SYSTEM_KEY_FILE' };
  }
  // Dev keeps working with no settings: the dev PKI issues the system key (never in production, whatever ALLOW_TEST_PKI says).
  if (config.production || !config.trust.allowTestPki || !trust) return null;
  const file = await ensureDevSystemKey(nodePkiDirectory(trust.pkiDir), organisation, now, `${config.publicOrigin}/pki/crl`);
  return { source: 'dev-pki', bytes: new Uint8Array(await readFile(join(trust.pkiDir, file))), pin: DEMO_KEY_PIN, label: `the dev PKI's ${file}` };
}

/**
 * Finds, opens and proves the system organisation's signing key at start:
 * SYSTEM_KEY_FILE with SYSTEM_KEY_PIN or SYSTEM_KEY_PIN_FILE; outside
 * production without them, the dev PKI's. The key's certificate must carry
 * the system organisation's BIN, and a trial seal must pass the whole
 * verification checklist (anchors, CRL, purpose) — so a key that would fail
 * every seal is reported now, by name, instead of on the first fine.
 * Never throws: a problem becomes the status.
 */
export async function loadSystemKey(deps: { config: Config; organisation: SystemOrganisation; trust: SignatureTrust | null; now: Date })
  : Promise<LoadedSystemKey> {
  const { config, organisation, trust, now } = deps;
  try {
    const missing: string[] = [];
    if (config.production && !config.system.organisationBinConfigured) missing.push('SYSTEM_ORGANISATION_BIN');
    const found = await keySource(config, organisation, trust, now);
    if (!found) missing.unshift('SYSTEM_KEY_FILE');
    if (missing.length > 0 || !found) throw new KeyProblem(`missing: ${missing.join(', ')}`);
    let key: OpenedKeyFile;
    try {
      key = await openSystemKeyFile(found.bytes, found.pin);
    } catch (error) {
      if (!isPkcs12Error(error)) throw error;
      throw new KeyProblem(error.code === 'wrong_pin'
        ? `${found.label} cannot be opened: wrong PIN (SYSTEM_KEY_PIN / SYSTEM_KEY_PIN_FILE)`
        : `${found.label} cannot be opened: ${error.code}`);
    }
    const certificate = parseCertificate(key.certificate);
    if (certificate.subject.bin !== organisation.bin) {
      throw new KeyProblem(certificate.subject.bin
        ? `${found.label} is issued to BIN ${certificate.subject.bin}, but the system organisation's BIN is ${organisation.bin} (SYSTEM_ORGANISATION_BIN)`
        : `${found.label} is a personal key (no BIN); the system seal needs the key of the system organisation, BIN ${organisation.bin}`);
    }
    if (!trust) throw new KeyProblem('no signature trust configuration to verify the seal against');
    const probe = new TextEncoder().encode(`oryndau system key check ${now.toISOString()}`);
    const outcome = await trust.verify({ cms: await signWithSystemKey(key, probe, now), content: probe, purpose: 'sign', expectBin: organisation.bin, at: now });
    if (!outcome.valid) {
      throw new KeyProblem(`${found.label} does not pass verification: ${outcome.reasons.map((r) => `${r.code} (${r.ru})`).join('; ')}`);
    }
    return { status: { ok: true, source: found.source, bin: organisation.bin, notAfter: certificate.notAfter.toISOString() }, key };
  } catch (error) {
    if (error instanceof KeyProblem) return { status: { ok: false, problem: error.message }, key: null };
    return { status: { ok: false, problem: `the system key cannot be used: ${error instanceof Error ? error.message : String(error)}` }, key: null };
  }
}
