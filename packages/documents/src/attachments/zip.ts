import { latin1, u16le, u32le, u64le } from './bytes';

// ZIP (PKWARE APPNOTE 6.3): DOCX and XLSX are Office Open XML packages, ZIP
// archives with a fixed set of part names. We read the End Of Central
// Directory record from the end of the file, walk the central directory, and
// check that every entry's local header and data lie inside the file before
// the central directory. A truncated archive loses its EOCD (or its entries'
// data), so it cannot be read. Nothing is decompressed: the part names are
// enough to tell a Word document from a workbook.

const EOCD_SIGNATURE = 0x06054b50;
const EOCD_SIZE = 22;
const ZIP64_LOCATOR_SIGNATURE = 0x07064b50;
const ZIP64_EOCD_SIGNATURE = 0x06064b50;
const CENTRAL_SIGNATURE = 0x02014b50;
const LOCAL_SIGNATURE = 0x04034b50;
/** The EOCD comment is at most 65535 bytes, so the record starts within this distance of the end. */
const EOCD_SEARCH = EOCD_SIZE + 0xffff;
const MAX_ENTRIES = 100_000;

export const ZIP_MAGIC = [0x50, 0x4b, 0x03, 0x04] as const;

export interface ZipEntry {
  readonly name: string;
  readonly compressedSize: number;
  readonly localHeaderOffset: number;
}

/** The entries of a well-formed archive, or null when its structure is broken (truncated, inconsistent offsets). */
export function readZipDirectory(bytes: Uint8Array): readonly ZipEntry[] | null {
  const eocd = findEocd(bytes);
  if (eocd === null) return null;
  let count = u16le(bytes, eocd + 10);
  let size = u32le(bytes, eocd + 12);
  let offset = u32le(bytes, eocd + 16);
  let directoryEnd = eocd;
  if (count === 0xffff || size === 0xffffffff || offset === 0xffffffff) {
    const zip64 = readZip64(bytes, eocd);
    if (zip64 === null) return null;
    ({ count, size, offset, directoryEnd } = zip64);
  }
  if (count > MAX_ENTRIES || offset + size > directoryEnd) return null;

  const entries: ZipEntry[] = [];
  let at = offset;
  for (let i = 0; i < count; i++) {
    if (at + 46 > offset + size || u32le(bytes, at) !== CENTRAL_SIGNATURE) return null;
    const nameLength = u16le(bytes, at + 28);
    const extraLength = u16le(bytes, at + 30);
    const commentLength = u16le(bytes, at + 32);
    const next = at + 46 + nameLength + extraLength + commentLength;
    if (next > offset + size) return null;
    let compressedSize = u32le(bytes, at + 20);
    let localHeaderOffset = u32le(bytes, at + 42);
    if (compressedSize === 0xffffffff || localHeaderOffset === 0xffffffff) {
      const wide = zip64Extra(bytes, at + 46 + nameLength, extraLength, u32le(bytes, at + 24) === 0xffffffff, compressedSize === 0xffffffff, localHeaderOffset === 0xffffffff);
      if (wide === null) return null;
      compressedSize = wide.compressedSize ?? compressedSize;
      localHeaderOffset = wide.localHeaderOffset ?? localHeaderOffset;
    }
    const entry = { name: latin1(bytes, at + 46, at + 46 + nameLength), compressedSize, localHeaderOffset };
    if (!localDataFits(bytes, entry, offset)) return null;
    entries.push(entry);
    at = next;
  }
  return entries;
}

function findEocd(bytes: Uint8Array): number | null {
  const lowest = Math.max(0, bytes.length - EOCD_SEARCH);
  for (let at = bytes.length - EOCD_SIZE; at >= lowest; at--) {
    // The record's comment must run exactly to the end of the file.
    if (u32le(bytes, at) === EOCD_SIGNATURE && at + EOCD_SIZE + u16le(bytes, at + 20) === bytes.length) return at;
  }
  return null;
}

function readZip64(bytes: Uint8Array, eocd: number): { count: number; size: number; offset: number; directoryEnd: number } | null {
  const locator = eocd - 20;
  if (locator < 0 || u32le(bytes, locator) !== ZIP64_LOCATOR_SIGNATURE) return null;
  const record = u64le(bytes, locator + 8);
  if (!(record + 56 <= locator) || u32le(bytes, record) !== ZIP64_EOCD_SIGNATURE) return null;
  const count = u64le(bytes, record + 32);
  const size = u64le(bytes, record + 40);
  const offset = u64le(bytes, record + 48);
  if (![count, size, offset].every(Number.isSafeInteger)) return null;
  return { count, size, offset, directoryEnd: record };
}

function zip64Extra(
  bytes: Uint8Array, from: number, length: number, hasUncompressed: boolean, hasCompressed: boolean, hasOffset: boolean,
): { compressedSize?: number; localHeaderOffset?: number } | null {
  for (let at = from; at + 4 <= from + length;) {
    const id = u16le(bytes, at);
    const size = u16le(bytes, at + 2);
    if (id === 0x0001) {
      let field = at + 4;
      if (hasUncompressed) field += 8;
      const result: { compressedSize?: number; localHeaderOffset?: number } = {};
      if (hasCompressed) {
        result.compressedSize = u64le(bytes, field);
        field += 8;
      }
      if (hasOffset) result.localHeaderOffset = u64le(bytes, field);
      return field <= at + 4 + size ? result : null;
    }
    at += 4 + size;
  }
  return null;
}

function localDataFits(bytes: Uint8Array, entry: ZipEntry, directoryStart: number): boolean {
  const at = entry.localHeaderOffset;
  if (at + 30 > directoryStart || u32le(bytes, at) !== LOCAL_SIGNATURE) return false;
  const dataStart = at + 30 + u16le(bytes, at + 26) + u16le(bytes, at + 28);
  return dataStart + entry.compressedSize <= directoryStart;
}
