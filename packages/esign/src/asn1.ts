import * as asn1js from 'asn1js';
import { toArrayBuffer, toBytes } from './bytes';
import { EsignError, EsignErrorCode } from './errors';

/**
 * Decodes exactly one ASN.1 value: trailing bytes are refused, because two
 * readers that stop at different places can be shown different documents.
 */
export function decodeDer(bytes: Uint8Array, what: string): asn1js.AsnType {
  const parsed = asn1js.fromBER(toArrayBuffer(bytes));
  if (parsed.offset === -1) throw new EsignError(EsignErrorCode.malformed, `${what}: not ASN.1 (${parsed.result.error})`);
  if (parsed.offset !== bytes.length) throw new EsignError(EsignErrorCode.malformed, `${what}: ${bytes.length - parsed.offset} trailing bytes`);
  return parsed.result;
}

export function encodeDer(value: { toBER(sizeOnly?: boolean): ArrayBuffer }): Uint8Array {
  return toBytes(value.toBER(false));
}

/** The text of a DirectoryString / IA5String / PrintableString value, or '' for anything else. */
export function asn1Text(value: unknown): string {
  if (value && typeof value === 'object' && 'valueBlock' in value) {
    const block = (value as { valueBlock: { value?: unknown } }).valueBlock;
    if (typeof block.value === 'string') return block.value;
  }
  return '';
}

/** Serial numbers as the NCA and openssl print them: upper-case hex, no sign byte. */
export function serialHex(integer: asn1js.Integer): string {
  const bytes = toBytes(integer.valueBlock.valueHexView);
  let start = 0;
  while (start < bytes.length - 1 && bytes[start] === 0) start += 1;
  return Array.from(bytes.subarray(start), (b) => b.toString(16).padStart(2, '0')).join('').toUpperCase();
}
