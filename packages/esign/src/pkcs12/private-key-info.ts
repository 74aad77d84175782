import * as asn1js from 'asn1js';
import { p256 } from '@noble/curves/nist.js';
import { bytesToNumberBE, bytesToNumberLE } from '@noble/curves/utils.js';
import { decodeDer, encodeDer } from '../asn1';
import { bytesEqual, toBytes } from '../bytes';
import { GOST_Q, encodeGostPoint, gostCurve, gostPublicKeyFromSpki, gostScalarToBytes } from '../algorithms/gost-2015-key';
import { parseSpki } from '../algorithms/spki';
import { OID, type PrivateKey } from '../algorithms/types';
import { Pkcs12Error, Pkcs12ErrorCode } from './errors';

// Turns a decrypted PrivateKeyInfo into Oryndau's PrivateKey, together with
// a test "is this the key of that certificate?" — a key is paired with its
// certificate by public key only, never by position or localKeyId.

export type KeyCandidate = {
  privateKey: PrivateKey;
  /** True when `spki` (a certificate's SubjectPublicKeyInfo) carries this key's public key. */
  matches(spki: Uint8Array): boolean;
};

function corrupt(message: string): Pkcs12Error {
  return new Pkcs12Error(Pkcs12ErrorCode.corrupt, `private key: ${message}`);
}

function unsupported(message: string): Pkcs12Error {
  return new Pkcs12Error(Pkcs12ErrorCode.unsupportedAlgorithm, message);
}

function decode(der: Uint8Array, what: string): asn1js.AsnType {
  try {
    return decodeDer(der, what);
  } catch {
    throw corrupt(`${what} is not DER`);
  }
}

function sequenceItems(node: asn1js.AsnType | undefined, what: string): asn1js.AsnType[] {
  if (!(node instanceof asn1js.Sequence)) throw corrupt(`${what}: SEQUENCE expected`);
  return node.valueBlock.value;
}

function oidText(node: asn1js.AsnType | undefined): string | undefined {
  return node instanceof asn1js.ObjectIdentifier ? node.valueBlock.toString() : undefined;
}

function unsignedBytes(node: asn1js.AsnType | undefined, what: string): Uint8Array {
  if (!(node instanceof asn1js.Integer)) throw corrupt(`${what}: INTEGER expected`);
  const bytes = toBytes(node.valueBlock.valueHexView);
  let start = 0;
  while (start < bytes.length - 1 && bytes[start] === 0) start += 1;
  return bytes.subarray(start);
}

/** The candidate keys in one PrivateKeyInfo (RFC 5208), or unsupported_algorithm. */
export function keyCandidates(privateKeyInfo: Uint8Array): KeyCandidate[] {
  const [, algorithm, privateKey] = sequenceItems(decode(privateKeyInfo, 'PrivateKeyInfo'), 'PrivateKeyInfo');
  const [algorithmOidNode, parameters] = sequenceItems(algorithm, 'private key algorithm');
  const algorithmOid = oidText(algorithmOidNode) ?? '(none)';
  if (!(privateKey instanceof asn1js.OctetString)) throw corrupt('privateKey OCTET STRING expected');
  const keyBytes = toBytes(privateKey.valueBlock.valueHexView);
  switch (algorithmOid) {
    case OID.gost2015Key512:
      return gostCandidates(parameters, keyBytes);
    case OID.rsaEncryption:
      return [rsaCandidate(keyBytes)];
    case OID.ecPublicKey:
      return [ecCandidate(oidText(parameters), keyBytes)];
    case OID.gost2004Key:
      throw unsupported('GOST 34.310-2004 keys (legacy NCA algorithm) are not supported: use a GOST 34.10-2015 or RSA key');
    default:
      throw unsupported(`private key algorithm ${algorithmOid} is not supported`);
  }
}

/**
 * The NCA's GOST 34.10-2015 key file stores d as an OCTET STRING holding
 * a DER OCTET STRING of 64 bytes, little-endian: on the NCA's test key
 * (keys/individual_gost2015_2022.p12) exactly that reading gives d·G equal
 * to the certificate's public key, and big-endian does not. Other writers
 * (RFC 4491 style INTEGER, or big-endian bytes) are tried after it; the
 * certificate's public key decides which reading is right, so a wrong
 * guess can never be accepted.
 */
function gostCandidates(parameters: asn1js.AsnType | undefined, keyBytes: Uint8Array): KeyCandidate[] {
  const paramSet = parameters instanceof asn1js.Sequence ? oidText(parameters.valueBlock.value[0]) : oidText(parameters);
  if (paramSet !== OID.gost2015Params512A) {
    throw unsupported(`GOST 34.10-2015 parameter set ${paramSet ?? '(none)'} is not supported`);
  }
  let scalars: bigint[];
  const inner = asn1js.fromBER(keyBytes.slice().buffer);
  const innerValue = inner.offset === keyBytes.length ? inner.result : undefined;
  if (innerValue instanceof asn1js.OctetString) {
    const octets = toBytes(innerValue.valueBlock.valueHexView);
    scalars = [bytesToNumberLE(octets), bytesToNumberBE(octets)];
  } else if (innerValue instanceof asn1js.Integer) {
    scalars = [bytesToNumberBE(unsignedBytes(innerValue, 'GOST private key'))];
  } else if (keyBytes.length === 64) {
    scalars = [bytesToNumberLE(keyBytes), bytesToNumberBE(keyBytes)];
  } else {
    throw corrupt('GOST private key is neither an OCTET STRING, an INTEGER nor 64 raw bytes');
  }
  return scalars
    .filter((d) => d > 0n && d < GOST_Q)
    .map((d) => {
      const publicKey = encodeGostPoint(gostCurve.BASE.multiply(d));
      return {
        privateKey: { algorithm: 'GOST3410-2015-512', scalar: gostScalarToBytes(d) },
        matches: (spki: Uint8Array) => {
          try {
            return bytesEqual(gostPublicKeyFromSpki(spki), publicKey);
          } catch {
            return false;
          }
        },
      };
    });
}

function rsaCandidate(rsaPrivateKey: Uint8Array): KeyCandidate {
  const fields = sequenceItems(decode(rsaPrivateKey, 'RSAPrivateKey'), 'RSAPrivateKey');
  const modulus = unsignedBytes(fields[1], 'RSA modulus');
  const exponent = unsignedBytes(fields[2], 'RSA public exponent');
  // A minimal PrivateKeyInfo (no attributes): what every WebCrypto imports.
  const pkcs8 = encodeDer(
    new asn1js.Sequence({
      value: [
        new asn1js.Integer({ value: 0 }),
        new asn1js.Sequence({ value: [new asn1js.ObjectIdentifier({ value: OID.rsaEncryption }), new asn1js.Null()] }),
        new asn1js.OctetString({ valueHex: rsaPrivateKey.slice() }),
      ],
    }),
  );
  return {
    privateKey: { algorithm: 'RSA-SHA256', pkcs8 },
    matches: (spki: Uint8Array) => {
      try {
        const parts = parseSpki(spki);
        if (parts.algorithmOid !== OID.rsaEncryption) return false;
        const [n, e] = sequenceItems(decode(parts.publicKey, 'RSAPublicKey'), 'RSAPublicKey');
        return bytesEqual(unsignedBytes(n, 'modulus'), modulus) && bytesEqual(unsignedBytes(e, 'exponent'), exponent);
      } catch {
        return false;
      }
    },
  };
}

function ecCandidate(curveOid: string | undefined, ecPrivateKey: Uint8Array): KeyCandidate {
  const fields = sequenceItems(decode(ecPrivateKey, 'ECPrivateKey'), 'ECPrivateKey');
  // The curve may sit in the AlgorithmIdentifier or inside ECPrivateKey as [0].
  const innerCurve = fields.find((f) => f.idBlock.tagClass === 3 && f.idBlock.tagNumber === 0);
  const curve = curveOid ?? (innerCurve instanceof asn1js.Constructed ? oidText(innerCurve.valueBlock.value[0]) : undefined);
  if (curve !== OID.prime256v1) throw unsupported(`EC curve ${curve ?? '(none)'} is not supported (P-256 only)`);
  const secret = fields[1];
  if (!(secret instanceof asn1js.OctetString) || secret.valueBlock.valueHexView.length > 32) throw corrupt('EC private key');
  const d = new Uint8Array(32);
  d.set(secret.valueBlock.valueHexView, 32 - secret.valueBlock.valueHexView.length);
  let publicKey: Uint8Array;
  try {
    publicKey = p256.getPublicKey(d, false);
  } catch {
    throw corrupt('EC private key out of range');
  }
  // Rebuilt with the public key inside: some browsers refuse PKCS#8 EC keys without it.
  const pkcs8 = encodeDer(
    new asn1js.Sequence({
      value: [
        new asn1js.Integer({ value: 0 }),
        new asn1js.Sequence({ value: [new asn1js.ObjectIdentifier({ value: OID.ecPublicKey }), new asn1js.ObjectIdentifier({ value: OID.prime256v1 })] }),
        new asn1js.OctetString({
          valueHex: encodeDer(
            new asn1js.Sequence({
              value: [
                new asn1js.Integer({ value: 1 }),
                new asn1js.OctetString({ valueHex: d }),
                new asn1js.Constructed({ idBlock: { tagClass: 3, tagNumber: 1 }, value: [new asn1js.BitString({ valueHex: publicKey })] }),
              ],
            }),
          ),
        }),
      ],
    }),
  );
  return {
    privateKey: { algorithm: 'ECDSA-P256-SHA256', pkcs8 },
    matches: (spki: Uint8Array) => {
      try {
        const parts = parseSpki(spki);
        if (parts.algorithmOid !== OID.ecPublicKey || parts.parameterOids[0] !== OID.prime256v1) return false;
        return p256.Point.fromBytes(parts.publicKey).equals(p256.Point.fromBytes(publicKey));
      } catch {
        return false;
      }
    },
  };
}
