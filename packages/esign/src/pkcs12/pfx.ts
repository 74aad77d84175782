import forge from 'node-forge';
import { Pkcs12Error, Pkcs12ErrorCode } from './errors';

// Walks a PKCS#12 file (RFC 7292) with node-forge's ASN.1 reader and
// ciphers, which cover what the NCA uses and run in the browser too:
// pbeWithSHA1And3-KeyTripleDES-CBC for the key, pbeWithSHA1And40BitRC2-CBC
// for the certificates, an HMAC-SHA1 MAC. forge's own pkcs12FromAsn1 is
// not used because it re-encodes the certificates it understands and gives
// up on GOST ones; here every certificate comes out byte for byte as stored,
// and every private key as its decrypted PrivateKeyInfo.

export type PfxContents = {
  /** DER PrivateKeyInfo of every key bag, decrypted. */
  privateKeys: Uint8Array[];
  /** DER X.509 certificates exactly as stored, in file order. */
  certificates: Uint8Array[];
};

type Asn1 = forge.asn1.Asn1;

const { Class, Type } = forge.asn1;

const P12_OID = {
  data: '1.2.840.113549.1.7.1',
  encryptedData: '1.2.840.113549.1.7.6',
  keyBag: '1.2.840.113549.1.12.10.1.1',
  shroudedKeyBag: '1.2.840.113549.1.12.10.1.2',
  certBag: '1.2.840.113549.1.12.10.1.3',
  safeContentsBag: '1.2.840.113549.1.12.10.1.6',
  x509Certificate: '1.2.840.113549.1.9.22.1',
} as const;

const MAC_DIGESTS: Record<string, () => forge.md.MessageDigest> = {
  '1.3.14.3.2.26': () => forge.md.sha1.create(),
  '2.16.840.1.101.3.4.2.1': () => forge.md.sha256.create(),
  '2.16.840.1.101.3.4.2.2': () => forge.md.sha384.create(),
  '2.16.840.1.101.3.4.2.3': () => forge.md.sha512.create(),
};

// forge has pki.pbe.getCipher (the PKCS#12 PBEs and PBES2) but its typings do not list it.
type PbeCipher = { update(input: forge.util.ByteBuffer): void; finish(): boolean; output: forge.util.ByteBuffer };
const pbe = (forge.pki as unknown as { pbe: { getCipher(oid: string, params: Asn1, password: string): PbeCipher } }).pbe;

function corrupt(message: string, cause?: unknown): Pkcs12Error {
  return new Pkcs12Error(Pkcs12ErrorCode.corrupt, `PKCS#12: ${message}`, { cause });
}

function parse(bytes: string, what: string): Asn1 {
  try {
    return forge.asn1.fromDer(bytes, true);
  } catch (error) {
    throw corrupt(`${what} is not ASN.1`, error);
  }
}

function items(node: Asn1 | undefined, what: string): Asn1[] {
  if (!node || !Array.isArray(node.value)) throw corrupt(`${what} expected`);
  return node.value;
}

function isUniversal(node: Asn1 | undefined, type: forge.asn1.Type): node is Asn1 {
  return node !== undefined && node.tagClass === Class.UNIVERSAL && node.type === type;
}

function oidOf(node: Asn1 | undefined, what: string): string {
  if (!isUniversal(node, Type.OID) || typeof node.value !== 'string') throw corrupt(`${what}: OID expected`);
  return forge.asn1.derToOid(node.value);
}

/** The bytes of an OCTET STRING (or of a [n] IMPLICIT one), joined when BER splits it into pieces. */
function octets(node: Asn1 | undefined, what: string): string {
  if (!node) throw corrupt(`${what}: OCTET STRING expected`);
  if (typeof node.value === 'string') return node.value;
  return node.value.map((part) => octets(part, what)).join('');
}

/** The single value inside an [0] EXPLICIT tag. */
function explicit0(node: Asn1 | undefined, what: string): Asn1 {
  if (!node || node.tagClass !== Class.CONTEXT_SPECIFIC || node.type !== 0) throw corrupt(`${what}: [0] expected`);
  const [inner] = items(node, what);
  if (!inner) throw corrupt(`${what}: empty [0]`);
  return inner;
}

function bytesOf(binary: string): Uint8Array {
  return forge.util.binary.raw.decode(binary);
}

function verifyMac(macData: Asn1, authSafe: string, pin: string): void {
  const [digestInfo, salt, iterations] = items(macData, 'MacData');
  const [algorithm, digest] = items(digestInfo, 'MAC DigestInfo');
  const digestOid = oidOf(items(algorithm, 'MAC algorithm')[0], 'MAC algorithm');
  const createDigest = MAC_DIGESTS[digestOid];
  if (!createDigest) throw new Pkcs12Error(Pkcs12ErrorCode.unsupportedAlgorithm, `PKCS#12: MAC digest ${digestOid} is not supported`);
  const rounds = iterations === undefined ? 1 : integerOf(iterations, 'MAC iterations');
  const md = createDigest();
  const key = forge.pkcs12.generateKey(pin, forge.util.createBuffer(octets(salt, 'MAC salt')), 3, rounds, md.digestLength, md);
  const hmac = forge.hmac.create();
  hmac.start(createDigest(), key.getBytes());
  hmac.update(authSafe);
  if (hmac.digest().getBytes() !== octets(digest, 'MAC value')) {
    throw new Pkcs12Error(Pkcs12ErrorCode.wrongPin, 'PKCS#12: the PIN does not match the file (MAC check failed)');
  }
}

function integerOf(node: Asn1, what: string): number {
  if (!isUniversal(node, Type.INTEGER) || typeof node.value !== 'string') throw corrupt(`${what}: INTEGER expected`);
  const value = forge.asn1.derToInteger(node.value);
  if (!Number.isSafeInteger(value) || value < 1) throw corrupt(`${what}: out of range`);
  return value;
}

/**
 * Opens the file's structure with `pin`. Without a MAC a wrong PIN only
 * shows as a failed decryption, so that is then reported as wrong_pin;
 * with a verified MAC the same failure means a damaged file.
 */
export function readPfx(bytes: Uint8Array, pin: string): PfxContents {
  const pfx = parse(forge.util.binary.raw.encode(bytes), 'file');
  const [version, authSafeInfo, macData] = items(pfx, 'PFX');
  if (!version || integerOf(version, 'PFX version') !== 3) throw corrupt('only PFX version 3 is supported');
  const authSafeFields = items(authSafeInfo, 'authSafe');
  if (oidOf(authSafeFields[0], 'authSafe contentType') !== P12_OID.data) {
    throw new Pkcs12Error(Pkcs12ErrorCode.unsupportedAlgorithm, 'PKCS#12: only password integrity mode is supported');
  }
  const authSafe = octets(explicit0(authSafeFields[1], 'authSafe content'), 'authSafe content');
  if (macData) verifyMac(macData, authSafe, pin);
  const decryptFailure = (what: string) =>
    macData
      ? corrupt(`${what} could not be decrypted`)
      : new Pkcs12Error(Pkcs12ErrorCode.wrongPin, `PKCS#12: ${what} could not be decrypted with this PIN`);

  const out: PfxContents = { privateKeys: [], certificates: [] };
  for (const contentInfo of items(parse(authSafe, 'AuthenticatedSafe'), 'AuthenticatedSafe')) {
    const [typeNode, content] = items(contentInfo, 'ContentInfo');
    const type = oidOf(typeNode, 'ContentInfo contentType');
    if (type === P12_OID.data) {
      readSafeContents(octets(explicit0(content, 'data'), 'data'), pin, out, decryptFailure);
    } else if (type === P12_OID.encryptedData) {
      readSafeContents(decryptEncryptedData(explicit0(content, 'encryptedData'), pin, decryptFailure), pin, out, decryptFailure);
    } else {
      throw new Pkcs12Error(Pkcs12ErrorCode.unsupportedAlgorithm, `PKCS#12: content type ${type} is not supported`);
    }
  }
  return out;
}

function cipherFor(oid: string, params: Asn1 | undefined, pin: string): PbeCipher {
  if (!params) throw corrupt('encryption parameters missing');
  try {
    return pbe.getCipher(oid, params, pin);
  } catch (error) {
    throw new Pkcs12Error(Pkcs12ErrorCode.unsupportedAlgorithm, `PKCS#12: encryption ${oid} is not supported`, { cause: error });
  }
}

function decryptEncryptedData(encryptedData: Asn1, pin: string, failure: (what: string) => Pkcs12Error): string {
  const [, encryptedContentInfo] = items(encryptedData, 'EncryptedData');
  const [, algorithm, encrypted] = items(encryptedContentInfo, 'EncryptedContentInfo');
  const [algorithmOid, params] = items(algorithm, 'content encryption algorithm');
  // encryptedContent is [0] IMPLICIT OCTET STRING: forge keeps its bytes (or pieces) as the value.
  if (!encrypted || encrypted.tagClass !== Class.CONTEXT_SPECIFIC || encrypted.type !== 0) throw corrupt('encryptedContent missing');
  const cipher = cipherFor(oidOf(algorithmOid, 'content encryption algorithm'), params, pin);
  cipher.update(forge.util.createBuffer(octets(encrypted, 'encryptedContent')));
  if (!cipher.finish()) throw failure('the certificates');
  return cipher.output.getBytes();
}

function readSafeContents(safeContents: string, pin: string, out: PfxContents, failure: (what: string) => Pkcs12Error): void {
  for (const bag of items(parse(safeContents, 'SafeContents'), 'SafeContents')) {
    const [bagId, bagValue] = items(bag, 'SafeBag');
    const value = explicit0(bagValue, 'SafeBag value');
    switch (oidOf(bagId, 'SafeBag type')) {
      case P12_OID.keyBag:
        out.privateKeys.push(bytesOf(forge.asn1.toDer(value).getBytes()));
        break;
      case P12_OID.shroudedKeyBag:
        out.privateKeys.push(decryptShroudedKey(value, pin, failure));
        break;
      case P12_OID.certBag: {
        const [certType, certValue] = items(value, 'CertBag');
        // Other certificate types (SDSI) are not X.509 and are of no use here.
        if (oidOf(certType, 'CertBag type') === P12_OID.x509Certificate) {
          out.certificates.push(bytesOf(octets(explicit0(certValue, 'CertBag value'), 'certificate')));
        }
        break;
      }
      case P12_OID.safeContentsBag:
        readSafeContents(forge.asn1.toDer(value).getBytes(), pin, out, failure);
        break;
      default:
        // CRL and secret bags carry nothing needed to sign.
        break;
    }
  }
}

function decryptShroudedKey(encryptedPrivateKeyInfo: Asn1, pin: string, failure: (what: string) => Pkcs12Error): Uint8Array {
  const [algorithm] = items(encryptedPrivateKeyInfo, 'EncryptedPrivateKeyInfo');
  const [algorithmOid, params] = items(algorithm, 'key encryption algorithm');
  const cipher = cipherFor(oidOf(algorithmOid, 'key encryption algorithm'), params, pin);
  const [, encrypted] = items(encryptedPrivateKeyInfo, 'EncryptedPrivateKeyInfo');
  cipher.update(forge.util.createBuffer(octets(encrypted, 'encrypted key')));
  if (!cipher.finish()) throw failure('the private key');
  const der = cipher.output.getBytes();
  // A wrong key that happens to pass the padding check yields garbage: it must still be ASN.1.
  try {
    forge.asn1.fromDer(der, true);
  } catch {
    throw failure('the private key');
  }
  return bytesOf(der);
}
