import * as asn1js from 'asn1js';
import { weierstrass, type WeierstrassPoint } from '@noble/curves/abstract/weierstrass.js';
import { bytesToNumberBE, bytesToNumberLE, numberToBytesBE, numberToBytesLE } from '@noble/curves/utils.js';
import { decodeDer, encodeDer } from '../asn1';
import { EsignError, EsignErrorCode } from '../errors';
import { BytesMemo } from '../remembered';
import { parseSpki } from './spki';
import { OID } from './types';

// GOST 34.10-2015 512-bit keys of the NCA: the curve, and the byte layouts
// confirmed on the NCA's test material (spec/ESIGN.md).

const p = 2n ** 512n - 569n;

/**
 * id-tc26-gost-3410-12-512-paramSetA (RFC 7836 / R 50.1.114-2016), which
 * the NCA names 1.2.398.3.10.1.1.2.2.1. a = p − 3, cofactor 1.
 */
export const gostCurve = weierstrass({
  p,
  n: 0xffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffff27e69532f48d89116ff22b8d4e0560609b4b38abfad2b85dcacdb1411f10b275n,
  h: 1n,
  a: p - 3n,
  b: 0xe8c2505dedfc86ddc1bd0b2b6667f1da34b82574761cb0e879bd081cfd0b6265ee3cb090f30d27614cb4574010da90dd862ef9d4ebee4761503190785a71c760n,
  Gx: 3n,
  Gy: 0x7503cfe87a836ae3a61b8816e25450e6ce5e1c93acf1abc1778064fdcbefa921df1626be4fd036e93d75e6a50e3a41e98028fe5fc235f5b889a589cb5215f2a4n,
});

export type GostPoint = WeierstrassPoint<bigint>;

/** The subgroup order q. */
export const GOST_Q = gostCurve.Fn.ORDER;
/** Coordinates, r, s and d are 64 bytes each. */
export const GOST_SIZE = 64;

/** d as the contract keeps it (64 bytes big-endian), checked to be in [1, q−1]. */
export function gostScalarFromBytes(scalar: Uint8Array): bigint {
  if (scalar.length !== GOST_SIZE) throw new EsignError(EsignErrorCode.invalidArgument, `GOST private key must be ${GOST_SIZE} bytes`);
  const d = bytesToNumberBE(scalar);
  if (d <= 0n || d >= GOST_Q) throw new EsignError(EsignErrorCode.invalidArgument, 'GOST private key out of range');
  return d;
}

export function gostScalarToBytes(d: bigint): Uint8Array {
  return numberToBytesBE(d, GOST_SIZE);
}

/** The NCA layout of a public key: x‖y, each 64 bytes little-endian. */
export function encodeGostPoint(point: GostPoint): Uint8Array {
  const out = new Uint8Array(2 * GOST_SIZE);
  out.set(numberToBytesLE(point.x, GOST_SIZE), 0);
  out.set(numberToBytesLE(point.y, GOST_SIZE), GOST_SIZE);
  return out;
}

/** Reads x‖y (little-endian) and refuses anything that is not a point of the curve's subgroup. */
export function decodeGostPoint(publicKey: Uint8Array): GostPoint {
  if (publicKey.length !== 2 * GOST_SIZE) throw malformed(`GOST public key must be ${2 * GOST_SIZE} bytes`);
  const x = bytesToNumberLE(publicKey.subarray(0, GOST_SIZE));
  const y = bytesToNumberLE(publicKey.subarray(GOST_SIZE));
  if (x >= p || y >= p) throw malformed('GOST public key coordinate out of range');
  const point = gostCurve.fromAffine({ x, y });
  try {
    point.assertValidity();
  } catch {
    throw malformed('GOST public key is not on the curve');
  }
  if (point.is0()) throw malformed('GOST public key is the point at infinity');
  return point;
}

/** Q = d·G, as the 128-byte NCA layout. `scalar` is d, 64 bytes big-endian. */
export function gostPublicKeyFromScalar(scalar: Uint8Array): Uint8Array {
  return encodeGostPoint(gostCurve.BASE.multiply(gostScalarFromBytes(scalar)));
}

/**
 * The bytes inside a GOST 34.10-2015 512 SPKI. Only the NCA's parameter
 * set is accepted: a key on another curve must not be read as one on this
 * curve.
 */
function rawGostPublicKey(spki: Uint8Array): Uint8Array {
  const parts = parseSpki(spki);
  if (parts.algorithmOid !== OID.gost2015Key512) {
    throw new EsignError(EsignErrorCode.unsupportedAlgorithm, `not a GOST 34.10-2015 512 key: ${parts.algorithmOid}`);
  }
  const [paramSet, digest, ...rest] = parts.parameterOids;
  if (paramSet !== OID.gost2015Params512A || (digest !== undefined && digest !== OID.streebog512) || rest.length > 0) {
    throw new EsignError(EsignErrorCode.unsupportedAlgorithm, `GOST 34.10-2015 parameters not supported: ${parts.parameterOids.join(', ')}`);
  }
  // The BIT STRING holds a DER OCTET STRING (04 81 80) of the 128 bytes.
  const inner = decodeDer(parts.publicKey, 'GOST public key');
  if (!(inner instanceof asn1js.OctetString) || inner.valueBlock.isConstructed) throw malformed('GOST public key is not an OCTET STRING');
  return inner.valueBlock.valueHexView.slice();
}

/**
 * The public key of a GOST 34.10-2015 512 SPKI as a checked curve point,
 * remembered by the SPKI's bytes (the same signer and CA keys come with
 * every signature; the point and its checks depend on the bytes alone).
 * A key that fails a check throws every time and is not remembered.
 */
export function gostPointFromSpki(spki: Uint8Array): GostPoint {
  const key = [spki];
  return checkedPoints.get(key) ?? checkedPoints.set(key, decodeGostPoint(rawGostPublicKey(spki)));
}

const checkedPoints = new BytesMemo<GostPoint>(256);

/** The 128-byte public key (x‖y little-endian) of a GOST 34.10-2015 512 SPKI, checked to be on the curve. */
export function gostPublicKeyFromSpki(spki: Uint8Array): Uint8Array {
  return encodeGostPoint(gostPointFromSpki(spki));
}

/**
 * DER SubjectPublicKeyInfo as the NCA writes it (mirrors the test CA and
 * leaf certificates): SEQUENCE { SEQUENCE { 1.2.398.3.10.1.1.2.2,
 * SEQUENCE { 1.2.398.3.10.1.1.2.2.1, 1.2.398.3.10.1.3.3 } },
 * BIT STRING { OCTET STRING (x‖y little-endian) } }.
 */
export function encodeGostSpki(publicKey: Uint8Array): Uint8Array {
  decodeGostPoint(publicKey);
  const key = encodeDer(new asn1js.OctetString({ valueHex: publicKey.slice() }));
  return encodeDer(
    new asn1js.Sequence({
      value: [
        new asn1js.Sequence({
          value: [
            new asn1js.ObjectIdentifier({ value: OID.gost2015Key512 }),
            new asn1js.Sequence({
              value: [new asn1js.ObjectIdentifier({ value: OID.gost2015Params512A }), new asn1js.ObjectIdentifier({ value: OID.streebog512 })],
            }),
          ],
        }),
        new asn1js.BitString({ valueHex: key, unusedBits: 0 }),
      ],
    }),
  );
}

function malformed(message: string): EsignError {
  return new EsignError(EsignErrorCode.malformed, message);
}
