import { algorithmForSpki } from '../algorithms';
import type { PrivateKey } from '../algorithms/types';
import { EsignError, EsignErrorCode } from '../errors';
import { parseCertificate } from '../certificates/parse-certificate';
import { pemBlocks, toPem } from '../pem';
import { createDevPki, type CaMaterial, type CreateDevPkiOptions } from './create-dev-pki';
import { publishCrls, type DevPkiState, type IssuedRecord, type RevokedRecord } from './dev-pki-state';

/**
 * Where a dev PKI lives: a directory, given as two functions so this file
 * stays free of `node:` imports (the CLI passes a node:fs adapter; a
 * browser or test could pass a Map).
 */
export interface PkiDirectory {
  read(name: string): Promise<Uint8Array | null>;
  write(name: string, bytes: Uint8Array): Promise<void>;
}

export const PKI_FILES = {
  rootCertificate: 'root.pem',
  rootKey: 'root.key.pem',
  issuingCertificate: 'issuing-ca.pem',
  issuingKey: 'issuing-ca.key.pem',
  issued: 'issued.json',
  revoked: 'revoked.json',
  state: 'state.json',
  /** The issuing CA's CRL (DER): what verifiers need for user certificates. */
  crl: 'issuing-ca.crl',
  rootCrl: 'root.crl',
} as const;

const text = (bytes: Uint8Array) => new TextDecoder().decode(bytes);
const encode = (value: string) => new TextEncoder().encode(value);

async function readCa(dir: PkiDirectory, certName: string, keyName: string): Promise<CaMaterial | null> {
  const [cert, key] = await Promise.all([dir.read(certName), dir.read(keyName)]);
  if (!cert || !key) return null;
  const certificate = pemBlocks(text(cert), 'CERTIFICATE')[0];
  const pkcs8 = pemBlocks(text(key), 'PRIVATE KEY')[0];
  if (!certificate || !pkcs8) throw new EsignError(EsignErrorCode.malformed, `dev PKI: ${certName} or ${keyName} is not PEM`);
  // The key's algorithm is the certificate's: one less thing to keep in sync on disk.
  const algorithm = algorithmForSpki(parseCertificate(certificate).spki)?.name;
  if (algorithm !== 'RSA-SHA256' && algorithm !== 'ECDSA-P256-SHA256') {
    throw new EsignError(EsignErrorCode.unsupportedAlgorithm, `dev PKI: ${certName} is not an RSA or ECDSA CA`);
  }
  return { certificate, privateKey: { algorithm, pkcs8 } };
}

function keyPem(key: PrivateKey): string {
  if (!('pkcs8' in key)) throw new EsignError(EsignErrorCode.unsupportedAlgorithm, 'dev PKI on disk keeps RSA or ECDSA CA keys only');
  return toPem(key.pkcs8, 'PRIVATE KEY');
}

async function readJson<T>(dir: PkiDirectory, name: string, fallback: T): Promise<T> {
  const bytes = await dir.read(name);
  return bytes ? (JSON.parse(text(bytes)) as T) : fallback;
}

/** Reads the dev PKI kept in `dir`, or null when there is none yet. */
export async function loadDevPki(dir: PkiDirectory): Promise<DevPkiState | null> {
  const root = await readCa(dir, PKI_FILES.rootCertificate, PKI_FILES.rootKey);
  const issuing = await readCa(dir, PKI_FILES.issuingCertificate, PKI_FILES.issuingKey);
  if (!root || !issuing) return null;
  return {
    pki: { root, issuing },
    issued: await readJson<IssuedRecord[]>(dir, PKI_FILES.issued, []),
    revoked: await readJson<RevokedRecord[]>(dir, PKI_FILES.revoked, []),
    crlNumber: (await readJson<{ crlNumber: number }>(dir, PKI_FILES.state, { crlNumber: 0 })).crlNumber,
  };
}

/** Writes the CA material and the issued/revoked lists (not the CRLs: see publishDevCrls). */
export async function saveDevPki(dir: PkiDirectory, state: DevPkiState): Promise<void> {
  const json = (value: unknown) => encode(`${JSON.stringify(value, null, 2)}\n`);
  await dir.write(PKI_FILES.rootCertificate, encode(toPem(state.pki.root.certificate, 'CERTIFICATE')));
  await dir.write(PKI_FILES.rootKey, encode(keyPem(state.pki.root.privateKey)));
  await dir.write(PKI_FILES.issuingCertificate, encode(toPem(state.pki.issuing.certificate, 'CERTIFICATE')));
  await dir.write(PKI_FILES.issuingKey, encode(keyPem(state.pki.issuing.privateKey)));
  await dir.write(PKI_FILES.issued, json(state.issued));
  await dir.write(PKI_FILES.revoked, json(state.revoked));
  await dir.write(PKI_FILES.state, json({ crlNumber: state.crlNumber }));
}

/** Issues fresh CRLs, writes them and the new CRL number; returns the issuing CA's CRL. */
export async function publishDevCrls(dir: PkiDirectory, state: DevPkiState, now: Date): Promise<{ state: DevPkiState; crl: Uint8Array }> {
  const published = await publishCrls(state, now);
  await dir.write(PKI_FILES.crl, published.issuingCrl);
  await dir.write(PKI_FILES.rootCrl, published.rootCrl);
  await saveDevPki(dir, published.state);
  return { state: published.state, crl: published.issuingCrl };
}

/** The dev PKI in `dir`, created (with its first, empty CRLs) when absent. */
export async function loadOrCreateDevPki(
  dir: PkiDirectory, options: CreateDevPkiOptions,
): Promise<{ state: DevPkiState; created: boolean }> {
  const existing = await loadDevPki(dir);
  if (existing) return { state: existing, created: false };
  const pki = await createDevPki(options);
  const { state } = await publishDevCrls(dir, { pki, issued: [], revoked: [], crlNumber: 0 }, options.now);
  return { state, created: true };
}

/** What a verifier needs from the dev PKI: its CA certificates and current CRLs. */
export async function readDevTrust(dir: PkiDirectory): Promise<{ root: Uint8Array; issuing: Uint8Array; crls: Uint8Array[] } | null> {
  const [root, issuing] = await Promise.all([dir.read(PKI_FILES.rootCertificate), dir.read(PKI_FILES.issuingCertificate)]);
  const rootDer = root && pemBlocks(text(root), 'CERTIFICATE')[0];
  const issuingDer = issuing && pemBlocks(text(issuing), 'CERTIFICATE')[0];
  if (!rootDer || !issuingDer) return null;
  const crls = (await Promise.all([dir.read(PKI_FILES.crl), dir.read(PKI_FILES.rootCrl)])).filter((c): c is Uint8Array => c !== null);
  return { root: rootDer, issuing: issuingDer, crls };
}
