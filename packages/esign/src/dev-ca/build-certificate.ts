import * as pkijs from 'pkijs';
import { algorithmByName } from '../algorithms';
import type { PrivateKey } from '../algorithms/types';
import { decodeDer, encodeDer } from '../asn1';
import { toArrayBuffer } from '../bytes';
import * as asn1js from 'asn1js';
import { serialInteger, signatureAlgorithmId, x509Time } from './x509-parts';

export type CertificateTemplate = {
  serial: Uint8Array;
  subject: pkijs.RelativeDistinguishedNames;
  issuer: pkijs.RelativeDistinguishedNames;
  /** DER SubjectPublicKeyInfo of the key being certified. */
  spki: Uint8Array;
  notBefore: Date;
  notAfter: Date;
  extensions: pkijs.Extension[];
};

/**
 * Lays out a v3 certificate with pkijs and signs the DER TBSCertificate
 * through the algorithm contract with the issuer's key.
 */
export async function buildCertificate(template: CertificateTemplate, issuerKey: PrivateKey): Promise<Uint8Array> {
  const algorithm = algorithmByName(issuerKey.algorithm);
  const cert = new pkijs.Certificate({
    version: 2,
    serialNumber: serialInteger(template.serial),
    signature: signatureAlgorithmId(issuerKey.algorithm),
    issuer: template.issuer,
    notBefore: x509Time(template.notBefore),
    notAfter: x509Time(template.notAfter),
    subject: template.subject,
    subjectPublicKeyInfo: new pkijs.PublicKeyInfo({ schema: decodeDer(template.spki, 'SubjectPublicKeyInfo') }),
    extensions: template.extensions,
  });
  cert.signatureAlgorithm = signatureAlgorithmId(issuerKey.algorithm);
  const tbs = encodeDer(cert.encodeTBS());
  const signature = await algorithm.sign(issuerKey, tbs);
  cert.tbsView = tbs;
  cert.signatureValue = new asn1js.BitString({ valueHex: toArrayBuffer(signature) });
  return encodeDer(cert.toSchema(false));
}
