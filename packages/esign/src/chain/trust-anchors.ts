import { parseCertificate, type NcaCertificate } from '../certificates/parse-certificate';
import { derOrPem } from '../pem';

/**
 * A pinned trust anchor: a CA certificate the operator configured. `test`
 * marks the NCA's test PKI and the dev CA; those are accepted only when the
 * verifier is told so (ESIGN.md checklist 9).
 */
export type TrustAnchor = { certificate: Uint8Array; test: boolean; label?: string };

export type ParsedAnchor = { cert: NcaCertificate; test: boolean; label: string };

export function productionAnchor(certificate: Uint8Array, label?: string): TrustAnchor {
  return label === undefined ? { certificate, test: false } : { certificate, test: false, label };
}

export function testAnchor(certificate: Uint8Array, label?: string): TrustAnchor {
  return label === undefined ? { certificate, test: true } : { certificate, test: true, label };
}

/** Reads PEM (one or more certificates) or DER into anchors of one kind. */
export function anchorsFromFile(bytes: Uint8Array, test: boolean): TrustAnchor[] {
  return derOrPem(bytes, 'CERTIFICATE').map((certificate) => ({ certificate, test }));
}

export function parseAnchors(anchors: TrustAnchor[]): ParsedAnchor[] {
  return anchors.map((anchor) => {
    const cert = parseCertificate(anchor.certificate);
    return { cert, test: anchor.test, label: anchor.label ?? cert.subject.commonName ?? cert.subject.text };
  });
}
