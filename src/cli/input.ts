/**
 * What `tarjuman analyze` reads: a text file, a saved page or standard input, with the same rules for each. Input is
 * read as a stream and refused past MAX_INPUT_BYTES (so /dev/zero or a huge file ends at once with a clear message);
 * binary (a NUL byte, or bytes that are not UTF-8) is refused; input without Arabic is refused the same way whether
 * it came as text, as a page or on standard input.
 */
import fs from 'node:fs';
import type { Readable } from 'node:stream';
import { loadHtmlArticle } from './html';

/** 8 MiB: a long news page is under 1 MiB of HTML, a whole book chapter of Arabic text under 2 MiB. */
export const MAX_INPUT_BYTES = 8 * 1024 * 1024;

export class CliError extends Error {}

// Arabic, Arabic Supplement, Arabic Extended-A, and the presentation forms
const ARABIC = /[\u0600-\u06FF\u0750-\u077F\u08A0-\u08FF\uFB50-\uFDFF\uFE70-\uFEFF]/;

export interface Input {
  text: string;
  title?: string;
  date?: string;
}

/** Reads a stream whole, or fails as soon as it passes `limit` bytes. */
async function readLimited(stream: Readable, name: string, limit: number): Promise<Buffer> {
  const chunks: Buffer[] = [];
  let size = 0;
  for await (const chunk of stream) {
    const b = chunk as Buffer;
    size += b.length;
    if (size > limit) {
      stream.destroy();
      throw new CliError(`${name} is larger than ${limit / 1024 / 1024} MiB, the input limit of tarjuman analyze: split it into parts`);
    }
    chunks.push(b);
  }
  return Buffer.concat(chunks, size);
}

/** The bytes as UTF-8 text (a BOM removed), or why they are not text. */
export function decodeText(bytes: Buffer, name: string): string {
  if (bytes.includes(0)) throw new CliError(`${name} is binary, not text`);
  try {
    return new TextDecoder('utf-8', { fatal: true, ignoreBOM: false }).decode(bytes);
  } catch {
    throw new CliError(`${name} is not UTF-8 text`);
  }
}

/** Reads FILE (`-`: standard input) under the limits; a page (.html) gives its article. */
export async function readInput(file: string, limit = MAX_INPUT_BYTES): Promise<Input> {
  const name = file === '-' ? 'standard input' : file;
  let stream: Readable;
  if (file === '-') stream = process.stdin;
  else {
    if (!fs.existsSync(file)) throw new CliError(`no such file: ${file}`);
    if (fs.statSync(file).isDirectory()) throw new CliError(`${file} is a folder, not a file`);
    stream = fs.createReadStream(file);
  }
  const text = decodeText(await readLimited(stream, name, limit), name);
  if (file !== '-' && /\.x?html?$/i.test(file)) {
    const article = loadHtmlArticle(text);
    if (!article || !ARABIC.test(article.text)) throw new CliError(`no Arabic article found in ${file}`);
    return article;
  }
  if (!ARABIC.test(text)) throw new CliError(`no Arabic text in ${name}`);
  return { text };
}
