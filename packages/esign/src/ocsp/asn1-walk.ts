import * as asn1js from 'asn1js';
import { serialHex } from '../asn1';
import { toBytes } from '../bytes';
import { EsignError, EsignErrorCode } from '../errors';
import type { CertId } from './cert-id';

// Small strict readers over asn1js nodes for the OCSP structures: every
// element is checked for its exact type; anything else is "malformed".

export type Node = asn1js.AsnType;

export function malformed(what: string, message: string): EsignError {
  return new EsignError(EsignErrorCode.malformed, `${what}: ${message}`);
}

export function isContext(node: Node | undefined, tag: number): boolean {
  return node !== undefined && node.idBlock.tagClass === 3 && node.idBlock.tagNumber === tag;
}

export function children(node: Node | undefined, what: string): Node[] {
  if (!node || !node.idBlock.isConstructed || !('value' in node.valueBlock) || !Array.isArray(node.valueBlock.value)) {
    throw malformed(what, 'expected a constructed value');
  }
  return node.valueBlock.value as Node[];
}

export function sequence(node: Node | undefined, what: string, min: number, max: number): Node[] {
  if (!(node instanceof asn1js.Sequence)) throw malformed(what, 'expected a SEQUENCE');
  const items = node.valueBlock.value;
  if (items.length < min || items.length > max) throw malformed(what, `expected ${min}…${max} elements, found ${items.length}`);
  return items;
}

/** The single element inside an EXPLICIT [tag]. */
export function explicit(node: Node | undefined, what: string): Node {
  const inner = children(node, what);
  if (inner.length !== 1) throw malformed(what, 'an explicit tag must hold exactly one value');
  return inner[0]!;
}

export function oid(node: Node | undefined, what: string): string {
  if (!(node instanceof asn1js.ObjectIdentifier)) throw malformed(what, 'expected an OBJECT IDENTIFIER');
  return node.valueBlock.toString();
}

export function octets(node: Node | undefined, what: string): Uint8Array {
  if (!(node instanceof asn1js.OctetString) || node.idBlock.isConstructed) throw malformed(what, 'expected an OCTET STRING');
  return toBytes(node.valueBlock.valueHexView);
}

export function generalizedTime(node: Node | undefined, what: string): Date {
  if (!(node instanceof asn1js.GeneralizedTime)) throw malformed(what, 'expected a GeneralizedTime');
  const date = node.toDate();
  if (Number.isNaN(date.getTime())) throw malformed(what, 'invalid time');
  return date;
}

/** The exact bytes a node was decoded from (what a signature covers). */
export function encoded(node: Node): Uint8Array {
  return toBytes(node.valueBeforeDecodeView);
}

/** AlgorithmIdentifier: the OID; parameters must be absent or NULL for the hashes used here. */
export function algorithmOid(node: Node | undefined, what: string): string {
  const [id, params] = sequence(node, what, 1, 2);
  if (params !== undefined && !(params instanceof asn1js.Null)) throw malformed(what, 'unexpected algorithm parameters');
  return oid(id, what);
}

export function readCertId(node: Node | undefined): CertId {
  const [hash, nameHash, keyHash, serial] = sequence(node, 'CertID', 4, 4);
  if (!(serial instanceof asn1js.Integer)) throw malformed('CertID', 'serialNumber is not an INTEGER');
  return {
    hashOid: algorithmOid(hash, 'CertID hashAlgorithm'),
    issuerNameHash: octets(nameHash, 'CertID issuerNameHash'),
    issuerKeyHash: octets(keyHash, 'CertID issuerKeyHash'),
    serialNumber: serialHex(serial),
  };
}

export type ReadExtension = { oid: string; critical: boolean; value: Uint8Array };

/** Extensions ::= SEQUENCE OF Extension; a second extension with the same OID is refused (RFC 5280 §4.2). */
export function readExtensions(node: Node | undefined, what: string): ReadExtension[] {
  const out: ReadExtension[] = [];
  for (const item of sequence(node, what, 1, 1000)) {
    const parts = sequence(item, what, 2, 3);
    const id = oid(parts[0], what);
    const critical = parts.length === 3 ? parts[1] : undefined;
    if (critical !== undefined && !(critical instanceof asn1js.Boolean)) throw malformed(what, 'critical is not a BOOLEAN');
    if (out.some((e) => e.oid === id)) throw malformed(what, `extension ${id} appears twice`);
    out.push({ oid: id, critical: critical?.valueBlock.value === true, value: octets(parts[parts.length - 1], what) });
  }
  return out;
}
