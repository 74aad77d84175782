import * as asn1js from 'asn1js';
import { decodeDer } from '../asn1';
import { toBytes } from '../bytes';
import { EsignError, EsignErrorCode } from '../errors';

/** A SubjectPublicKeyInfo taken apart just enough to pick an algorithm and read the key. */
export type SpkiParts = {
  algorithmOid: string;
  /**
   * The OIDs in the AlgorithmIdentifier parameters: [curve] for EC,
   * [parameter set, digest] for the NCA's GOST keys, [] for RSA (NULL).
   */
  parameterOids: string[];
  /** The BIT STRING's bits (the unused-bits byte removed; it must be 0). */
  publicKey: Uint8Array;
};

function malformed(message: string): EsignError {
  return new EsignError(EsignErrorCode.malformed, `SubjectPublicKeyInfo: ${message}`);
}

export function parseSpki(spki: Uint8Array): SpkiParts {
  const root = decodeDer(spki, 'SubjectPublicKeyInfo');
  if (!(root instanceof asn1js.Sequence) || root.valueBlock.value.length !== 2) throw malformed('not a SEQUENCE of two');
  const [algorithm, bits] = root.valueBlock.value;
  if (!(algorithm instanceof asn1js.Sequence) || !(bits instanceof asn1js.BitString)) throw malformed('unexpected structure');
  const [oid, parameters, ...extra] = algorithm.valueBlock.value;
  if (!(oid instanceof asn1js.ObjectIdentifier) || extra.length > 0) throw malformed('bad AlgorithmIdentifier');
  if (bits.valueBlock.unusedBits !== 0) throw malformed('public key is not a whole number of bytes');
  return {
    algorithmOid: oid.valueBlock.toString(),
    parameterOids: parameterOidsOf(parameters),
    publicKey: toBytes(bits.valueBlock.valueHexView),
  };
}

function parameterOidsOf(parameters: asn1js.AsnType | undefined): string[] {
  if (parameters === undefined || parameters instanceof asn1js.Null) return [];
  if (parameters instanceof asn1js.ObjectIdentifier) return [parameters.valueBlock.toString()];
  if (parameters instanceof asn1js.Sequence) {
    return parameters.valueBlock.value.map((item) => {
      if (!(item instanceof asn1js.ObjectIdentifier)) throw malformed('parameters are not OIDs');
      return item.valueBlock.toString();
    });
  }
  throw malformed('unexpected parameters');
}

/**
 * The SubjectPublicKeyInfo of a certificate, byte for byte as it is inside
 * the certificate (re-encoding could change what a signature covers).
 */
export function spkiOfCertificate(certificate: Uint8Array): Uint8Array {
  const root = decodeDer(certificate, 'certificate');
  const tbs = root instanceof asn1js.Sequence ? root.valueBlock.value[0] : undefined;
  if (!(tbs instanceof asn1js.Sequence)) throw new EsignError(EsignErrorCode.malformed, 'certificate: no tbsCertificate');
  const fields = tbs.valueBlock.value;
  // version [0] is optional; after it: serial, signature, issuer, validity, subject, spki.
  const hasVersion = fields[0]?.idBlock.tagClass === 3 && fields[0].idBlock.tagNumber === 0;
  const spki = fields[hasVersion ? 6 : 5];
  if (!(spki instanceof asn1js.Sequence)) throw new EsignError(EsignErrorCode.malformed, 'certificate: no SubjectPublicKeyInfo');
  return toBytes(spki.valueBeforeDecodeView).slice();
}
