/**
 * A zip's entries read from its central directory by our own small parser, and each inflated under a hard byte cap.
 * fflate's one-shot unzip trusts the sizes a zip declares: entries that share (overlap) the same compressed bytes,
 * or a stored or deflated entry that understates its size, got past the limits (an 8.4 MB zip used 2.5 GB). Here
 * entries must not overlap, a stored entry's two sizes must agree, and inflating stops the moment an entry passes
 * its declared size.
 */
import { Inflate } from 'fflate';
import { DictionaryError } from './dictionary-error';

export interface ZipEntry {
  name: string;
  /** 0 stored, 8 deflated */
  method: number;
  compressedSize: number;
  /** the declared uncompressed size: an entry is never allowed past it */
  size: number;
  /** where its compressed bytes start */
  dataStart: number;
}

const EOCD = 0x06054b50;
const CENTRAL = 0x02014b50;
const LOCAL = 0x04034b50;
const CHUNK = 64 * 1024;

const bad = (why: string): DictionaryError => new DictionaryError('notZip', why);

/** The central directory's entries, checked: inside the file, no two sharing bytes, no encryption, no ZIP64. */
export function zipEntries(bytes: Uint8Array, maxEntries: number): ZipEntry[] {
  const view = new DataView(bytes.buffer, bytes.byteOffset, bytes.byteLength);
  const u16 = (o: number) => view.getUint16(o, true);
  const u32 = (o: number) => view.getUint32(o, true);
  let eocd = -1;
  for (let i = bytes.length - 22; i >= Math.max(0, bytes.length - 22 - 0xffff); i--)
    if (u32(i) === EOCD) {
      eocd = i;
      break;
    }
  if (eocd < 0) throw bad('no end of central directory');
  const count = u16(eocd + 10);
  const cdSize = u32(eocd + 12);
  const cdStart = u32(eocd + 16);
  if (count === 0xffff || cdStart === 0xffffffff) throw bad('ZIP64 is not supported');
  if (count > maxEntries) throw bad(`more than ${maxEntries} entries`);
  if (cdStart + cdSize > eocd) throw bad('central directory outside the file');
  const entries: Array<ZipEntry & { start: number; end: number }> = [];
  let p = cdStart;
  for (let n = 0; n < count; n++) {
    if (p + 46 > eocd || u32(p) !== CENTRAL) throw bad('broken central directory');
    const flags = u16(p + 8);
    const method = u16(p + 10);
    const compressedSize = u32(p + 20);
    const size = u32(p + 24);
    const nameLen = u16(p + 28);
    const next = p + 46 + nameLen + u16(p + 30) + u16(p + 32);
    const start = u32(p + 42);
    const name = new TextDecoder().decode(bytes.subarray(p + 46, p + 46 + nameLen));
    p = next;
    if (flags & 1) throw bad(`${name} is encrypted`);
    if (method !== 0 && method !== 8) throw bad(`${name}: compression method ${method}`);
    if (method === 0 && compressedSize !== size) throw bad(`${name}: stored with two different sizes`);
    if (start + 30 > cdStart || u32(start) !== LOCAL) throw bad(`${name}: no local header`);
    const dataStart = start + 30 + u16(start + 26) + u16(start + 28);
    const end = dataStart + compressedSize;
    if (end > cdStart) throw bad(`${name}: data outside the file`);
    entries.push({ name, method, compressedSize, size, dataStart, start, end });
  }
  const byStart = [...entries].sort((a, b) => a.start - b.start);
  for (let i = 1; i < byStart.length; i++)
    if (byStart[i]!.start < byStart[i - 1]!.end) throw bad(`${byStart[i]!.name} overlaps ${byStart[i - 1]!.name}`);
  return entries.map(({ name, method, compressedSize, size, dataStart }) => ({ name, method, compressedSize, size, dataStart }));
}

/** An entry's bytes; inflating stops as soon as they pass the declared size (or end short of it). */
export function entryBytes(bytes: Uint8Array, e: ZipEntry): Uint8Array {
  const data = bytes.subarray(e.dataStart, e.dataStart + e.compressedSize);
  if (e.method === 0) return data;
  const out = new Uint8Array(e.size);
  let written = 0;
  const inflate = new Inflate((chunk) => {
    if (written + chunk.length > e.size) throw bad(`${e.name} is larger than it says`);
    out.set(chunk, written);
    written += chunk.length;
  });
  try {
    for (let i = 0; i < data.length; i += CHUNK) inflate.push(data.subarray(i, i + CHUNK), i + CHUNK >= data.length);
    if (data.length === 0) inflate.push(data, true);
  } catch (err) {
    throw err instanceof DictionaryError ? err : bad(`${e.name}: ${err instanceof Error ? err.message : 'bad data'}`);
  }
  if (written !== e.size) throw bad(`${e.name} is shorter than it says`);
  return out;
}
