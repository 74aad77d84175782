import * as asn1js from 'asn1js';
import * as pkijs from 'pkijs';
import { algorithmForSpki } from '../algorithms';
import { OID, type AlgorithmName, type SignatureAlgorithm } from '../algorithms/types';
import { decodeDer, encodeDer } from '../asn1';
import { toBytes } from '../bytes';
import { parseCertificate } from '../certificates/parse-certificate';
import { TAG, oid, tlv } from '../der-write';
import { EsignError, EsignErrorCode } from '../errors';
import { BytesMemo } from '../remembered';
import { CMS_OID } from './oids';
import { signingCertificateV2 } from './signed-attributes';

/**
 * Everything of a CMS SignedData that depends only on the signer's
 * certificate and chain, as finished DER: the same bytes go around every
 * signature the signer makes, so they are built once (through pkijs/asn1js,
 * as before) and then only copied. What varies per call — signing time,
 * message digest, the signature value, the content — is written by
 * createSignedData around these.
 */
export type SignerTemplate = {
  algorithm: SignatureAlgorithm;
  /** AlgorithmIdentifier of the digest (no parameters). */
  digestAlgorithm: Uint8Array;
  /** AlgorithmIdentifier of the signature (NULL parameters for RSA, RFC 4055; none for ECDSA and GOST). */
  signatureAlgorithm: Uint8Array;
  /** SignerIdentifier: IssuerAndSerialNumber, the issuer and serial exactly as in the certificate. */
  sid: Uint8Array;
  /** [0] IMPLICIT CertificateSet: the signer's certificate, then the chain as given. */
  certificates: Uint8Array;
  /** The signing-certificate-v2 Attribute (RFC 5035). */
  signingCertificateAttribute: Uint8Array;
};

const templates = new BytesMemo<SignerTemplate>(64);

/** IssuerAndSerialNumber from the certificate's own bytes (tbsCertificate: [version], serial, signature, issuer …). */
function issuerAndSerial(certificate: Uint8Array): Uint8Array {
  const root = decodeDer(certificate, 'certificate');
  const tbs = root instanceof asn1js.Sequence ? root.valueBlock.value[0] : undefined;
  if (!(tbs instanceof asn1js.Sequence)) throw new EsignError(EsignErrorCode.malformed, 'certificate: no tbsCertificate');
  const fields = tbs.valueBlock.value;
  const at = fields[0]?.idBlock.tagClass === 3 && fields[0].idBlock.tagNumber === 0 ? 1 : 0;
  const serial = fields[at];
  const issuer = fields[at + 2];
  if (!(serial instanceof asn1js.Integer) || !(issuer instanceof asn1js.Sequence)) {
    throw new EsignError(EsignErrorCode.malformed, 'certificate: no serial number or issuer');
  }
  return tlv(TAG.sequence, toBytes(issuer.valueBeforeDecodeView), toBytes(serial.valueBeforeDecodeView));
}

function buildTemplate(keyAlgorithm: AlgorithmName, certificate: Uint8Array, chain: readonly Uint8Array[]): SignerTemplate {
  const signer = parseCertificate(certificate);
  // Every carried certificate must be one: a broken hint is the caller's mistake, said now.
  for (const der of chain) parseCertificate(der);
  const algorithm = algorithmForSpki(signer.spki);
  if (!algorithm) throw notThatKey(keyAlgorithm);
  const attribute = new pkijs.Attribute({ type: CMS_OID.signingCertificateV2, values: [signingCertificateV2(certificate)] });
  return {
    algorithm,
    digestAlgorithm: tlv(TAG.sequence, oid(algorithm.digestOid)),
    signatureAlgorithm: algorithm.signatureOid === OID.sha256WithRSAEncryption
      ? tlv(TAG.sequence, oid(algorithm.signatureOid), Uint8Array.of(TAG.null, 0))
      : tlv(TAG.sequence, oid(algorithm.signatureOid)),
    sid: issuerAndSerial(certificate),
    certificates: tlv(TAG.context0, certificate, ...chain),
    signingCertificateAttribute: encodeDer(attribute.toSchema()),
  };
}

/**
 * The template for a signer, remembered by the exact certificate and chain
 * bytes (not by the caller's arrays, which it may reuse), and checked
 * against the key's algorithm on every call.
 */
export function signerTemplate(keyAlgorithm: AlgorithmName, certificate: Uint8Array, chain: readonly Uint8Array[]): SignerTemplate {
  const key = [certificate, ...chain];
  const template = templates.get(key) ?? templates.set(key, buildTemplate(keyAlgorithm, certificate.slice(), chain.map((c) => c.slice())));
  if (template.algorithm.name !== keyAlgorithm) throw notThatKey(keyAlgorithm);
  return template;
}

function notThatKey(keyAlgorithm: AlgorithmName): EsignError {
  return new EsignError(EsignErrorCode.invalidArgument, `the certificate's key is not a ${keyAlgorithm} key`);
}
