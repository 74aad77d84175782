// Forged inputs for the verifier's tests (ESIGN.md checklist): look-alike
// certificates, broken CA signatures, tampered CMS. Test-only; not exported
// from the package.
import * as asn1js from 'asn1js';
import * as pkijs from 'pkijs';
import { algorithmByName } from '../algorithms';
import type { AlgorithmName, PrivateKey } from '../algorithms/types';
import { decodeDer, encodeDer } from '../asn1';
import { toArrayBuffer } from '../bytes';
import { generateKeyPair } from '../dev-ca/key-pairs';
import { randomSerial, serialInteger, signatureAlgorithmId, x509Time } from '../dev-ca/x509-parts';

const certOf = (der: Uint8Array) => new pkijs.Certificate({ schema: decodeDer(der, 'certificate') });

export type ForgedCertificate = { certificate: Uint8Array; privateKey: PrivateKey };

/**
 * A certificate with the original's subject (name, IIN, BIN), key usage, EKU
 * (roles) and policies, on a new key. `issuer: 'self'` makes it self-signed;
 * `issuer: 'copy'` keeps the original issuer's name (it claims the real CA)
 * and is signed with the forger's key, or carries a zero signature.
 */
export async function lookAlike(original: Uint8Array, options: {
  issuer: 'self' | 'copy'; signature?: 'forger' | 'zero'; algorithm?: AlgorithmName; notBefore?: Date; notAfter?: Date;
}): Promise<ForgedCertificate> {
  const source = certOf(original);
  const key = await generateKeyPair(options.algorithm ?? 'RSA-SHA256');
  const keep = new Set(['2.5.29.15', '2.5.29.37', '2.5.29.32', '2.5.29.19']);
  const cert = new pkijs.Certificate({
    version: 2,
    serialNumber: serialInteger(randomSerial()),
    signature: signatureAlgorithmId(key.privateKey.algorithm),
    issuer: options.issuer === 'self' ? source.subject : source.issuer,
    notBefore: options.notBefore ? x509Time(options.notBefore) : source.notBefore,
    notAfter: options.notAfter ? x509Time(options.notAfter) : source.notAfter,
    subject: source.subject,
    subjectPublicKeyInfo: new pkijs.PublicKeyInfo({ schema: decodeDer(key.spki, 'spki') }),
    extensions: (source.extensions ?? []).filter((e) => keep.has(e.extnID)),
  });
  cert.signatureAlgorithm = signatureAlgorithmId(key.privateKey.algorithm);
  const tbs = encodeDer(cert.encodeTBS());
  const signature = options.signature === 'zero'
    ? new Uint8Array(256)
    : await algorithmByName(key.privateKey.algorithm).sign(key.privateKey, tbs);
  cert.tbsView = tbs;
  cert.signatureValue = new asn1js.BitString({ valueHex: toArrayBuffer(signature) });
  return { certificate: encodeDer(cert.toSchema(false)), privateKey: key.privateKey };
}

/** The same certificate with its CA signature replaced (zeroed or one bit flipped). */
export function withCaSignature(der: Uint8Array, kind: 'zero' | 'flipped'): Uint8Array {
  const cert = certOf(der);
  const signature = new Uint8Array(cert.signatureValue.valueBlock.valueHexView);
  if (kind === 'zero') signature.fill(0);
  else signature[signature.length - 1]! ^= 0x01;
  cert.signatureValue = new asn1js.BitString({ valueHex: toArrayBuffer(signature) });
  return encodeDer(cert.toSchema(false));
}

function editSignedData(cms: Uint8Array, edit: (signedData: pkijs.SignedData) => void): Uint8Array {
  const contentInfo = new pkijs.ContentInfo({ schema: decodeDer(cms, 'CMS') });
  const signedData = new pkijs.SignedData({ schema: contentInfo.content });
  edit(signedData);
  return encodeDer(new pkijs.ContentInfo({ contentType: contentInfo.contentType, content: signedData.toSchema(true) }).toSchema());
}

/** The attached content swapped after signing. */
export function withEncapsulatedContent(cms: Uint8Array, content: Uint8Array): Uint8Array {
  return editSignedData(cms, (sd) => {
    sd.encapContentInfo.eContent = new asn1js.OctetString({ valueHex: toArrayBuffer(content) });
  });
}

/** A second signer (and its certificates) smuggled into `cms` from `other`. */
export function withExtraSigner(cms: Uint8Array, other: Uint8Array): Uint8Array {
  const extra = new pkijs.SignedData({ schema: new pkijs.ContentInfo({ schema: decodeDer(other, 'CMS') }).content });
  return editSignedData(cms, (sd) => {
    sd.signerInfos.push(...extra.signerInfos);
    sd.certificates = [...(sd.certificates ?? []), ...(extra.certificates ?? [])];
  });
}

/** The signer's digest algorithm renamed (e.g. to SHA-1): an unknown pair for strict parsing. */
export function withSignerDigestOid(cms: Uint8Array, oid: string): Uint8Array {
  return editSignedData(cms, (sd) => {
    for (const info of sd.signerInfos) info.digestAlgorithm = new pkijs.AlgorithmIdentifier({ algorithmId: oid });
  });
}

/** The CMS without the certificates it carried (the verifier must then find none). */
export function withoutCertificates(cms: Uint8Array): Uint8Array {
  return editSignedData(cms, (sd) => {
    delete sd.certificates;
  });
}
