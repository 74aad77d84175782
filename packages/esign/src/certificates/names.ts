import type * as pkijs from 'pkijs';
import { RelativeDistinguishedNames } from 'pkijs';
import { asn1Text, decodeDer } from '../asn1';
import { toBytes } from '../bytes';
import { BytesMemo } from '../remembered';
import { NAME_OID } from './oids';

/** A distinguished name read the NCA way (spec/ESIGN.md "NCA RK certificates"). */
export type CertificateName = {
  commonName: string | null;
  surname: string | null;
  /** 12 digits from SERIALNUMBER=IIN…; null when the name carries no IIN. */
  iin: string | null;
  /** The NCA puts the patronymic into givenName (G). */
  patronymic: string | null;
  organization: string | null;
  /** 12 digits from OU=BIN…; null for an individual. */
  bin: string | null;
  country: string | null;
  /** Every attribute in certificate order, for display and evidence. */
  attributes: { type: string; value: string }[];
  /** Human-readable, most specific first, e.g. `CN=ТЕСТОВ ТЕСТ, SN=ТЕСТОВ, …`. */
  text: string;
  /** The encoded Name: chain building compares these bytes. */
  der: Uint8Array;
};

const SHORT: Record<string, string> = {
  [NAME_OID.commonName]: 'CN', [NAME_OID.surname]: 'SN', [NAME_OID.serialNumber]: 'SERIALNUMBER',
  [NAME_OID.country]: 'C', [NAME_OID.locality]: 'L', [NAME_OID.organization]: 'O',
  [NAME_OID.organizationalUnit]: 'OU', [NAME_OID.givenName]: 'G', [NAME_OID.email]: 'E',
};

const digitsAfter = (prefix: string, value: string): string | null => {
  const match = new RegExp(`^${prefix}(\\d{12})$`).exec(value.trim());
  return match ? (match[1] ?? null) : null;
};

export function readName(name: pkijs.RelativeDistinguishedNames): CertificateName {
  const attributes = name.typesAndValues.map((tv) => ({ type: tv.type, value: asn1Text(tv.value) }));
  const first = (oid: string) => attributes.find((a) => a.type === oid)?.value ?? null;
  const all = (oid: string) => attributes.filter((a) => a.type === oid).map((a) => a.value);
  const serial = all(NAME_OID.serialNumber).map((v) => digitsAfter('IIN', v)).find((v) => v !== null) ?? null;
  const bin = all(NAME_OID.organizationalUnit).map((v) => digitsAfter('BIN', v)).find((v) => v !== null) ?? null;
  return {
    commonName: first(NAME_OID.commonName),
    surname: first(NAME_OID.surname),
    iin: serial,
    patronymic: first(NAME_OID.givenName),
    organization: first(NAME_OID.organization),
    bin,
    country: first(NAME_OID.country),
    attributes,
    text: attributes.map((a) => `${SHORT[a.type] ?? a.type}=${a.value}`).join(', '),
    der: toBytes(name.valueBeforeDecode.byteLength ? name.valueBeforeDecode : name.toSchema().toBER(false)),
  };
}

/**
 * Name matching for chain building and signer lookup: identical encodings,
 * or the RFC 5280 comparison pkijs implements (case and spacing).
 */
export function namesEqual(a: Uint8Array, b: Uint8Array): boolean {
  if (a.length === b.length && a.every((byte, i) => byte === b[i])) return true;
  // The same pairs (a CRL's issuer against each CA, the signer's issuer
  // against each hint) come with every verification: the answer depends on
  // the bytes alone.
  const pair = [a, b];
  return comparedNames.get(pair) ?? comparedNames.set(pair, namesMatch(a, b));
}

const comparedNames = new BytesMemo<boolean>(1024);

function namesMatch(a: Uint8Array, b: Uint8Array): boolean {
  try {
    const left = new RelativeDistinguishedNames({ schema: decodeDer(a, 'name') });
    return left.isEqual(new RelativeDistinguishedNames({ schema: decodeDer(b, 'name') }));
  } catch {
    return false;
  }
}
