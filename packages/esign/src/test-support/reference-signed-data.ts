import * as asn1js from 'asn1js';
import * as pkijs from 'pkijs';
import { algorithmByName, algorithmForSpki } from '../algorithms';
import { OID } from '../algorithms/types';
import { decodeDer, encodeDer } from '../asn1';
import { toArrayBuffer } from '../bytes';
import { EsignError, EsignErrorCode } from '../errors';
import { parseCertificate } from '../certificates/parse-certificate';
import { CMS_OID } from '../cms/oids';
import { buildSignedAttributes, cadesAttributes } from '../cms/signed-attributes';
import type { CreateSignedDataOptions } from '../cms/create-signed-data';

// The CMS layout as pkijs builds it, object by object: what
// createSignedData did before it assembled precomputed DER. Kept for the
// test that the fast path writes exactly these bytes (RSA PKCS#1 v1.5 is
// deterministic, so whole signatures can be compared).

/** CMS SignedData, CAdES-BES, laid out by pkijs (the reference for createSignedData). */
export async function createSignedDataWithPkijs(options: CreateSignedDataOptions): Promise<Uint8Array> {
  const algorithm = algorithmByName(options.privateKey.algorithm);
  const signer = parseCertificate(options.certificate);
  if (algorithmForSpki(signer.spki)?.name !== algorithm.name) {
    throw new EsignError(EsignErrorCode.invalidArgument, `the certificate's key is not a ${algorithm.name} key`);
  }
  const contentType = options.contentType ?? CMS_OID.data;
  const { attrs, toSign } = buildSignedAttributes(cadesAttributes({
    contentType,
    digest: await algorithm.digest(options.content),
    signingTime: options.signingTime,
    certificate: options.certificate,
  }));
  const signature = await algorithm.sign(options.privateKey, toSign);
  const cert = new pkijs.Certificate({ schema: decodeDer(options.certificate, 'certificate') });
  const signerInfo = new pkijs.SignerInfo({
    version: 1,
    sid: new pkijs.IssuerAndSerialNumber({ issuer: cert.issuer, serialNumber: cert.serialNumber }),
    digestAlgorithm: new pkijs.AlgorithmIdentifier({ algorithmId: algorithm.digestOid }),
    signatureAlgorithm: new pkijs.AlgorithmIdentifier(
      // RFC 4055 wants NULL parameters for RSA; ECDSA and GOST take none.
      algorithm.signatureOid === OID.sha256WithRSAEncryption
        ? { algorithmId: algorithm.signatureOid, algorithmParams: new asn1js.Null() }
        : { algorithmId: algorithm.signatureOid },
    ),
    signedAttrs: attrs,
    signature: new asn1js.OctetString({ valueHex: toArrayBuffer(signature) }),
  });
  const encap = new pkijs.EncapsulatedContentInfo({ eContentType: contentType });
  // Set after construction: the constructor would cut the content into a
  // constructed (BER) OCTET STRING; DER wants one primitive string.
  if (!options.detached) encap.eContent = new asn1js.OctetString({ valueHex: toArrayBuffer(options.content) });
  const certificates = [options.certificate, ...(options.chain ?? [])]
    .map((der) => new pkijs.Certificate({ schema: decodeDer(der, 'certificate') }));
  const signedData = new pkijs.SignedData({
    // RFC 5652 §5.1: version 3 when the content is not id-data.
    version: contentType === CMS_OID.data ? 1 : 3,
    digestAlgorithms: [new pkijs.AlgorithmIdentifier({ algorithmId: algorithm.digestOid })],
    encapContentInfo: encap,
    certificates,
    signerInfos: [signerInfo],
  });
  const contentInfo = new pkijs.ContentInfo({ contentType: CMS_OID.signedData, content: signedData.toSchema(true) });
  return encodeDer(contentInfo.toSchema());
}
