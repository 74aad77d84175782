import { u16le, u32le } from './bytes';

// OLE2 / Compound File Binary ([MS-CFB]): the container of a Word 97–2003
// `.doc`. We check the header (signature, byte order, version, sector sizes),
// read the FAT (through the header's DIFAT and the DIFAT chain), follow the
// directory's sector chain and the mini stream (streams under 4096 bytes live
// in 64-byte mini sectors inside the root entry's stream), check that every
// stream lies wholly inside the file, and require a `WordDocument` stream
// whose File Information Block starts with the Word magic 0xA5EC ([MS-DOC]
// 2.5.2). A file cut short points at sectors past its end, so it cannot be
// read.

export const OLE2_MAGIC = [0xd0, 0xcf, 0x11, 0xe0, 0xa1, 0xb1, 0x1a, 0xe1] as const;

const HEADER_SIZE = 512;
const END_OF_CHAIN = 0xfffffffe;
const FREE_SECTOR = 0xffffffff;
const MAX_REGULAR_SECTOR = 0xfffffffa;
const DIRECTORY_ENTRY_SIZE = 128;
const WORD_FIB_MAGIC = 0xa5ec;
const MINI_SECTOR_SIZE = 64;
const MINI_STREAM_CUTOFF = 4096;

export type Ole2Content = 'word' | 'encrypted' | 'other';

/** What the compound file holds, or null when its structure is broken. */
export function readOle2(bytes: Uint8Array): Ole2Content | null {
  if (bytes.length < HEADER_SIZE) return null;
  const major = u16le(bytes, 26);
  const sectorShift = u16le(bytes, 30);
  if (u16le(bytes, 28) !== 0xfffe) return null; // byte order mark
  if (!((major === 3 && sectorShift === 9) || (major === 4 && sectorShift === 12))) return null;
  if (u16le(bytes, 32) !== 6 || u32le(bytes, 56) !== 4096) return null; // mini sector 64 bytes, cutoff 4096
  const sectorSize = 1 << sectorShift;
  const sectorCount = Math.ceil(bytes.length / sectorSize);
  const sectorAt = (sector: number): number | null => {
    if (sector > MAX_REGULAR_SECTOR) return null;
    const start = (sector + 1) * sectorSize;
    // The last sector may be short (writers pad, readers accept it); streamFits checks the bytes a stream needs.
    return start < bytes.length ? start : null;
  };

  const fat = readFat(bytes, sectorSize, sectorAt);
  if (fat === null) return null;
  const chain = (first: number): number[] | null => {
    const sectors: number[] = [];
    for (let sector = first; sector !== END_OF_CHAIN; sector = fat[sector] ?? FREE_SECTOR) {
      if (sectorAt(sector) === null || sectors.length > sectorCount) return null; // outside the file, or a loop
      sectors.push(sector);
    }
    return sectors;
  };

  const directory = chain(u32le(bytes, 48));
  if (directory === null || directory.length === 0) return null;
  const entries = directory.flatMap((sector) => {
    const start = (sector + 1) * sectorSize;
    return Array.from({ length: sectorSize / DIRECTORY_ENTRY_SIZE }, (_, i) => start + i * DIRECTORY_ENTRY_SIZE);
  });
  if (bytes[(entries[0] ?? 0) + 66] !== 5) return null; // the first entry is the root storage, holding the mini stream

  const root = entries[0] ?? 0;
  const miniStream = chain(u32le(bytes, root + 116));
  const miniStreamSize = u32le(bytes, root + 120);
  if (miniStream === null || !streamFits(miniStream, miniStreamSize)) return null;
  const miniFatChain = u32le(bytes, 60) === END_OF_CHAIN ? [] : chain(u32le(bytes, 60));
  if (miniFatChain === null || miniFatChain.some((sector) => (sector + 2) * sectorSize > bytes.length)) return null;
  const miniFat = miniFatChain.flatMap((sector) => Array.from({ length: sectorSize / 4 }, (_, i) => u32le(bytes, (sector + 1) * sectorSize + i * 4)));
  /** The file offset of a 64-byte mini sector, when it lies inside the mini stream. */
  const miniSectorAt = (mini: number): number | null => {
    const position = mini * MINI_SECTOR_SIZE;
    const sector = miniStream[Math.floor(position / sectorSize)];
    return mini <= MAX_REGULAR_SECTOR && position + MINI_SECTOR_SIZE <= miniStreamSize && sector !== undefined
      ? (sector + 1) * sectorSize + (position % sectorSize)
      : null;
  };
  const miniStreamFits = (first: number, size: number): boolean => {
    let count = 0;
    for (let mini = first; mini !== END_OF_CHAIN; mini = miniFat[mini] ?? FREE_SECTOR) {
      if (miniSectorAt(mini) === null || count > miniFat.length) return false;
      count++;
    }
    return count * MINI_SECTOR_SIZE >= size;
  };

  let wordFib: number | null = null;
  let encrypted = false;
  for (const at of entries) {
    if (at + DIRECTORY_ENTRY_SIZE > bytes.length) return null;
    if (bytes[at + 66] !== 2) continue; // streams only
    const start = u32le(bytes, at + 116);
    const size = u32le(bytes, at + 120);
    // Every stream must lie wholly inside the file: in regular sectors from the cutoff up, in the mini stream below it.
    const large = size >= MINI_STREAM_CUTOFF;
    if (size > 0 && !(large ? streamFits(chain(start), size) : miniStreamFits(start, size))) return null;
    const name = entryName(bytes, at);
    if (name === 'WordDocument') {
      if (size < 32) return null;
      wordFib = large ? sectorAt(start) : miniSectorAt(start);
    }
    if (name === 'EncryptedPackage') encrypted = true;
  }
  if (encrypted) return 'encrypted';
  if (wordFib === null) return 'other';
  return u16le(bytes, wordFib) === WORD_FIB_MAGIC ? 'word' : null;

  function streamFits(sectors: number[] | null, size: number): boolean {
    if (sectors === null || sectors.length * sectorSize < size) return false;
    const needed = Math.ceil(size / sectorSize);
    return sectors.slice(0, needed).every((sector, i) => (sector + 1) * sectorSize + Math.min(sectorSize, size - i * sectorSize) <= bytes.length);
  }
}

function readFat(bytes: Uint8Array, sectorSize: number, sectorAt: (sector: number) => number | null): number[] | null {
  const fatSectorCount = u32le(bytes, 44);
  const perSector = sectorSize / 4;
  const fatSectors: number[] = [];
  for (let i = 0; i < Math.min(109, fatSectorCount); i++) fatSectors.push(u32le(bytes, 76 + i * 4));
  let difat = u32le(bytes, 68);
  for (let guard = u32le(bytes, 72); fatSectors.length < fatSectorCount; guard--) {
    const start = guard > 0 ? sectorAt(difat) : null;
    if (start === null) return null;
    for (let i = 0; i < perSector - 1 && fatSectors.length < fatSectorCount; i++) fatSectors.push(u32le(bytes, start + i * 4));
    difat = u32le(bytes, start + (perSector - 1) * 4);
  }
  const fat: number[] = [];
  for (const sector of fatSectors) {
    const start = sectorAt(sector);
    if (start === null || start + sectorSize > bytes.length) return null;
    for (let i = 0; i < perSector; i++) fat.push(u32le(bytes, start + i * 4));
  }
  return fat;
}

function entryName(bytes: Uint8Array, at: number): string {
  const length = Math.min(u16le(bytes, at + 64), 64);
  let name = '';
  for (let i = 0; i + 2 < length; i += 2) name += String.fromCharCode(u16le(bytes, at + i));
  return name;
}
