import * as asn1js from 'asn1js';
import * as pkijs from 'pkijs';
import { algorithmByName, algorithmForSpki } from '../algorithms';
import type { PrivateKey } from '../algorithms/types';
import { OID } from '../algorithms/types';
import { decodeDer, encodeDer } from '../asn1';
import { toArrayBuffer } from '../bytes';
import { EsignError, EsignErrorCode } from '../errors';
import { parseCertificate } from '../certificates/parse-certificate';
import { CMS_OID } from './oids';
import { buildSignedAttributes, cadesAttributes } from './signed-attributes';

export type CreateSignedDataOptions = {
  content: Uint8Array;
  /** Detached: the content is not carried (an act's PDF is stored beside its signature). */
  detached?: boolean;
  privateKey: PrivateKey;
  /** The signer's certificate (DER). */
  certificate: Uint8Array;
  /** Further certificates to carry (issuing CA …): hints for the verifier, never trust. */
  chain?: Uint8Array[];
  /** The signer's own claim of time. Verifiers never base trust on it (ESIGN.md checklist 4). */
  signingTime: Date;
  /** eContentType; id-data unless something else (e.g. TSTInfo) is being signed. */
  contentType?: string;
};

/**
 * CMS SignedData, CAdES-BES: one signer identified by issuer and serial,
 * signed attributes contentType, signingTime, messageDigest and
 * signing-certificate-v2. pkijs only lays out the structures; the signature
 * is made through the algorithm contract so GOST works like RSA and ECDSA.
 */
export async function createSignedData(options: CreateSignedDataOptions): Promise<Uint8Array> {
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
