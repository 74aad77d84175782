import * as asn1js from 'asn1js';
import * as pkijs from 'pkijs';
import { algorithmByName, spkiOfCertificate } from '../algorithms';
import { decodeDer, encodeDer } from '../asn1';
import { fromHex, toArrayBuffer } from '../bytes';
import type { RevocationReason } from '../crl/parse-crl';
import type { CaMaterial } from './create-dev-pki';
import { authorityKeyIdExtension, rawExtension, serialInteger, signatureAlgorithmId, x509Time } from './x509-parts';

export type RevokedEntry = { serialNumber: string; revokedAt: Date; reason?: RevocationReason };

export type CrlOptions = {
  thisUpdate: Date;
  nextUpdate: Date;
  crlNumber: number;
  /** Makes a delta CRL over the full CRL with this number (deltaCRLIndicator, critical). */
  deltaOf?: number;
  /** ExpiredCertsOnCRL (2.5.29.60): the list keeps certificates that expired on or after this date. */
  expiredCertsOnCrl?: Date;
};

const REASON_CODE: Record<RevocationReason, number> = {
  unspecified: 0, keyCompromise: 1, cACompromise: 2, affiliationChanged: 3, superseded: 4, cessationOfOperation: 5,
  certificateHold: 6, unused: 7, removeFromCRL: 8, privilegeWithdrawn: 9, aACompromise: 10,
};

/** A full v2 CRL of `ca` (DER), with CRL number and authority key id, signed through the algorithm contract. */
export async function createCrl(ca: CaMaterial, revoked: RevokedEntry[], options: CrlOptions): Promise<Uint8Array> {
  const caCert = new pkijs.Certificate({ schema: decodeDer(ca.certificate, 'certificate') });
  const crl = new pkijs.CertificateRevocationList({
    version: 1,
    signature: signatureAlgorithmId(ca.privateKey.algorithm),
    issuer: caCert.subject,
    thisUpdate: x509Time(options.thisUpdate),
    nextUpdate: x509Time(options.nextUpdate),
    crlExtensions: new pkijs.Extensions({
      extensions: [
        authorityKeyIdExtension(spkiOfCertificate(ca.certificate)),
        rawExtension('2.5.29.20', false, new asn1js.Integer({ value: options.crlNumber })),
        ...(options.deltaOf === undefined ? [] : [rawExtension('2.5.29.27', true, new asn1js.Integer({ value: options.deltaOf }))]),
        ...(options.expiredCertsOnCrl ? [rawExtension('2.5.29.60', false, new asn1js.GeneralizedTime({ valueDate: options.expiredCertsOnCrl }))] : []),
      ],
    }),
  });
  // An empty list is left out entirely (RFC 5280 §5.1.2.6), not written as an empty SEQUENCE.
  if (revoked.length > 0) {
    crl.revokedCertificates = revoked.map((entry) => new pkijs.RevokedCertificate({
      userCertificate: serialInteger(fromHex(entry.serialNumber)),
      revocationDate: x509Time(entry.revokedAt),
      ...(entry.reason ? {
        crlEntryExtensions: new pkijs.Extensions({
          extensions: [rawExtension('2.5.29.21', false, new asn1js.Enumerated({ value: REASON_CODE[entry.reason] }))],
        }),
      } : {}),
    }));
  }
  crl.signatureAlgorithm = signatureAlgorithmId(ca.privateKey.algorithm);
  // encodeTBS is protected on the CRL class; the first element of the full encoding is the same TBSCertList.
  const tbs = encodeDer(crl.toSchema(true).valueBlock.value[0]!);
  const signature = await algorithmByName(ca.privateKey.algorithm).sign(ca.privateKey, tbs);
  crl.tbsView = tbs;
  crl.signatureValue = new asn1js.BitString({ valueHex: toArrayBuffer(signature) });
  return encodeDer(crl.toSchema(false));
}
