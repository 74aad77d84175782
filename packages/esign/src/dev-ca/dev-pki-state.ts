import { parseCertificate } from '../certificates/parse-certificate';
import type { RevocationReason } from '../crl/parse-crl';
import { EsignError, EsignErrorCode } from '../errors';
import type { DevPki } from './create-dev-pki';
import { createCrl } from './create-crl';
import type { IssuedCertificate } from './issue-certificate';

export type IssuedRecord = {
  serialNumber: string;
  subject: string;
  iin: string | null;
  bin: string | null;
  purposes: string[];
  roles: string[];
  notBefore: string;
  notAfter: string;
};

export type RevokedRecord = { serialNumber: string; revokedAt: string; reason?: RevocationReason };

/** Everything a dev CA remembers between runs. */
export type DevPkiState = {
  pki: DevPki;
  issued: IssuedRecord[];
  revoked: RevokedRecord[];
  crlNumber: number;
};

/** How long a published dev CRL stays current; `oryndau esign crl` re-issues it. */
export const DEV_CRL_LIFETIME_MS = 30 * 86_400_000;

export function recordIssued(state: DevPkiState, issued: IssuedCertificate): DevPkiState {
  const cert = parseCertificate(issued.certificate);
  const record: IssuedRecord = {
    serialNumber: cert.serialNumber, subject: cert.subject.text, iin: cert.subject.iin, bin: cert.subject.bin,
    purposes: cert.purposes, roles: cert.roles, notBefore: cert.notBefore.toISOString(), notAfter: cert.notAfter.toISOString(),
  };
  return { ...state, issued: [...state.issued, record] };
}

/** Revokes a certificate this CA issued (idempotent: a second revocation keeps the first date). */
export function revokeSerial(state: DevPkiState, serialNumber: string, at: Date, reason?: RevocationReason): DevPkiState {
  const serial = serialNumber.toUpperCase();
  if (!state.issued.some((r) => r.serialNumber === serial)) {
    throw new EsignError(EsignErrorCode.invalidArgument, `serial ${serial} was not issued by this dev CA`);
  }
  if (state.revoked.some((r) => r.serialNumber === serial)) return state;
  const record: RevokedRecord = reason ? { serialNumber: serial, revokedAt: at.toISOString(), reason } : { serialNumber: serial, revokedAt: at.toISOString() };
  return { ...state, revoked: [...state.revoked, record] };
}

/** New CRLs of the issuing CA (the users' list) and of the root (its CA list, empty), numbered on. */
export async function publishCrls(state: DevPkiState, now: Date): Promise<{ state: DevPkiState; issuingCrl: Uint8Array; rootCrl: Uint8Array }> {
  const crlNumber = state.crlNumber + 1;
  const options = { thisUpdate: now, nextUpdate: new Date(now.getTime() + DEV_CRL_LIFETIME_MS), crlNumber };
  const issuingCrl = await createCrl(state.pki.issuing, state.revoked.map((r) => ({
    serialNumber: r.serialNumber, revokedAt: new Date(r.revokedAt), ...(r.reason ? { reason: r.reason } : {}),
  })), options);
  const rootCrl = await createCrl(state.pki.root, [], options);
  return { state: { ...state, crlNumber }, issuingCrl, rootCrl };
}
