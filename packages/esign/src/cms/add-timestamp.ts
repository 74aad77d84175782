import * as pkijs from 'pkijs';
import { decodeDer, encodeDer } from '../asn1';
import { EsignError, EsignErrorCode } from '../errors';
import { CMS_OID } from './oids';

/**
 * Adds an RFC 3161 token as the signer's signature-time-stamp (unsigned
 * attribute, CAdES-T). The signed part is untouched: pkijs re-encodes the
 * parsed signed attributes in their received order.
 */
export function addTimestampToken(cms: Uint8Array, token: Uint8Array, signerIndex = 0): Uint8Array {
  const contentInfo = new pkijs.ContentInfo({ schema: decodeDer(cms, 'CMS') });
  const signedData = new pkijs.SignedData({ schema: contentInfo.content });
  const signer = signedData.signerInfos[signerIndex];
  if (!signer) throw new EsignError(EsignErrorCode.invalidArgument, `no signer #${signerIndex}`);
  const attribute = new pkijs.Attribute({ type: CMS_OID.signatureTimeStampToken, values: [decodeDer(token, 'time-stamp token')] });
  const existing = signer.unsignedAttrs?.attributes ?? [];
  signer.unsignedAttrs = new pkijs.SignedAndUnsignedAttributes({ type: 1, attributes: [...existing, attribute] });
  return encodeDer(new pkijs.ContentInfo({ contentType: CMS_OID.signedData, content: signedData.toSchema(true) }).toSchema());
}
