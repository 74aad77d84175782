import type { PrivateKey } from '../algorithms/types';
import { concatBytes } from '../bytes';
import { TAG, oid, smallInteger, timeDer, tlv } from '../der-write';
import { CMS_OID } from './oids';
import { compareBytes } from './signed-attributes';
import { signerTemplate } from './signer-template';

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

const SIGNED_DATA = oid(CMS_OID.signedData);
const SIGNING_TIME = oid(CMS_OID.signingTime);
const MESSAGE_DIGEST = oid(CMS_OID.messageDigest);
const CONTENT_TYPE = oid(CMS_OID.contentType);
const VERSION_1 = smallInteger(1);
const VERSION_3 = smallInteger(3);

/**
 * CMS SignedData, CAdES-BES: one signer identified by issuer and serial,
 * signed attributes contentType, signingTime, messageDigest and
 * signing-certificate-v2, in DER order. The CMS around a signature is the
 * same bytes on every call for a signer (signer-template.ts); only the
 * signing time, the message digest, the signature value and the content
 * are written here — byte for byte the layout pkijs produced before
 * (test-support/reference-signed-data.ts, compared in a test). The
 * signature is made through the algorithm contract so GOST works like RSA
 * and ECDSA.
 */
export async function createSignedData(options: CreateSignedDataOptions): Promise<Uint8Array> {
  const template = signerTemplate(options.privateKey.algorithm, options.certificate, options.chain ?? []);
  const { algorithm } = template;
  const contentType = options.contentType ?? CMS_OID.data;
  const contentTypeOid = oid(contentType);
  const digest = await algorithm.digest(options.content);
  // SET OF Attribute in DER: the elements sorted by their encodings (X.690 §11.6).
  const attributes = [
    tlv(TAG.sequence, CONTENT_TYPE, tlv(TAG.set, contentTypeOid)),
    tlv(TAG.sequence, SIGNING_TIME, tlv(TAG.set, timeDer(options.signingTime))),
    tlv(TAG.sequence, MESSAGE_DIGEST, tlv(TAG.set, tlv(TAG.octetString, digest))),
    template.signingCertificateAttribute,
  ].sort(compareBytes);
  const attributeBytes = concatBytes(...attributes);
  // Signed as a SET (tag 0x31), carried as [0] IMPLICIT: the same contents.
  const signature = await algorithm.sign(options.privateKey, tlv(TAG.set, attributeBytes));
  const signerInfo = tlv(TAG.sequence,
    VERSION_1, template.sid, template.digestAlgorithm, tlv(TAG.context0, attributeBytes), template.signatureAlgorithm,
    tlv(TAG.octetString, signature));
  // DER wants the content as one primitive OCTET STRING.
  const encapsulated = options.detached
    ? tlv(TAG.sequence, contentTypeOid)
    : tlv(TAG.sequence, contentTypeOid, tlv(TAG.context0, tlv(TAG.octetString, options.content)));
  const signedData = tlv(TAG.sequence,
    // RFC 5652 §5.1: version 3 when the content is not id-data.
    contentType === CMS_OID.data ? VERSION_1 : VERSION_3,
    tlv(TAG.set, template.digestAlgorithm), encapsulated, template.certificates, tlv(TAG.set, signerInfo));
  return tlv(TAG.sequence, SIGNED_DATA, tlv(TAG.context0, signedData));
}
