import type * as EsignModule from '@oryndau/esign';
import { bytesToBase64 } from './base64.ts';
import type { KeyOwner } from './key-owner.ts';
import { KeyFileError } from './signing-problem.ts';
import type { KeyFileErrorKind } from './signing-problem.ts';

// The signature library (@oryndau/esign: PKCS#12, certificates, CMS, GOST)
// is loaded on first use only, so the first page stays light. The web app
// never does cryptography of its own: everything below is the library's.

type Esign = typeof EsignModule;

let loading: Promise<Esign> | null = null;

export function loadEsign(): Promise<Esign> {
  loading ??= import('@oryndau/esign').catch((error: unknown) => {
    loading = null; // a flaky network may do better next time
    throw new KeyFileError('library', String(error));
  });
  return loading;
}

/** A key opened in this browser: who owns it, and a way to sign with it. Nothing here is ever sent. */
export type LoadedKey = {
  fileName: string;
  owner: KeyOwner;
  /** CAdES-BES over `data` (detached unless `attached`), base64 DER. */
  sign: (data: Uint8Array, attached: boolean) => Promise<string>;
};

const pkcs12Kinds: Record<string, KeyFileErrorKind> = {
  wrong_pin: 'wrongPin',
  corrupt: 'corrupt',
  no_key: 'noKey',
  no_certificate: 'noCertificate',
  unsupported_algorithm: 'unsupported',
};

export async function openKeyFile(fileName: string, bytes: Uint8Array, pin: string): Promise<LoadedKey> {
  const esign = await loadEsign();
  let opened: Awaited<ReturnType<Esign['openPkcs12']>>;
  let certificate: ReturnType<Esign['parseCertificate']>;
  try {
    opened = await esign.openPkcs12(bytes, pin);
    certificate = esign.parseCertificate(opened.certificate);
  } catch (error) {
    if (esign.isPkcs12Error(error)) throw new KeyFileError(pkcs12Kinds[error.code] ?? 'corrupt', error.message);
    if (esign.isEsignError(error) && error.code === esign.EsignErrorCode.unsupportedAlgorithm) {
      throw new KeyFileError('unsupported', error.message);
    }
    throw new KeyFileError('corrupt', error instanceof Error ? error.message : String(error));
  }
  const { subject, issuer } = certificate;
  const name = [subject.commonName ?? [subject.surname].filter(Boolean).join(' '), subject.patronymic]
    .filter((part): part is string => typeof part === 'string' && part !== '')
    .join(' ');
  const owner: KeyOwner = {
    fullName: name || subject.text,
    iin: subject.iin,
    bin: subject.bin,
    organisation: subject.organization,
    validFrom: certificate.notBefore.toISOString(),
    validUntil: certificate.notAfter.toISOString(),
    purposes: certificate.purposes,
    roles: certificate.roles,
    issuer: issuer.commonName,
  };
  const { privateKey, chain } = opened;
  return {
    fileName,
    owner,
    sign: async (data, attached) => {
      try {
        const cms = await esign.createSignedData({
          content: data,
          detached: !attached,
          privateKey,
          certificate: opened.certificate,
          chain,
          // The signer's own claim; the server judges by its receipt time (ESIGN.md checklist 4).
          signingTime: new Date(),
        });
        return bytesToBase64(cms);
      } catch (error) {
        throw new KeyFileError(esign.isEsignError(error) && error.code === esign.EsignErrorCode.unsupportedAlgorithm
          ? 'unsupported' : 'library', error instanceof Error ? error.message : String(error));
      }
    },
  };
}
