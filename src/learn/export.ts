/** Exports of the vocabulary: CSV and TSV ready for Anki's importer, and a JSON backup (see docs/anki.md). */
import { ANKI_FIELDS, ankiFields } from './anki-fields';
import { CURRENT_VERSION } from './schema';
import type { ExportFile, ExportFormat, SavedWord } from './types';
import type { QuarantinedRecord } from './word-db';

export const BACKUP_FORMAT = 'tarjuman-vocabulary';

// a spreadsheet reads a cell that starts with one of these as a formula (a page's sentence could be "=HYPERLINK(…)")
const FORMULA_START = /^[=+\-@\t\r]/;
// U+200B ZERO WIDTH SPACE: invisible in Anki and in the sheet, and the cell no longer starts a formula
const NEUTRAL = '\u200B';

/**
 * One field, quoted when it holds the separator, a quote, a line break or a leading # (RFC 4180 quoting); a field
 * that a spreadsheet would take for a formula starts with an invisible space instead.
 */
export function delimitedField(raw: string, separator: ',' | '\t'): string {
  const value = FORMULA_START.test(raw) ? NEUTRAL + raw : raw;
  const needsQuotes = value.includes(separator) || /["\r\n]/.test(value) || value.startsWith('#');
  return needsQuotes ? `"${value.replace(/"/g, '""')}"` : value;
}

export const delimitedRow = (values: readonly string[], separator: ',' | '\t'): string =>
  values.map((v) => delimitedField(v, separator)).join(separator);

/** The words as an Anki import file: header lines telling Anki the separator, HTML and tags column, then one note a line. */
export function toDelimited(words: readonly SavedWord[], format: 'csv' | 'tsv'): string {
  const separator = format === 'csv' ? ',' : '\t';
  const header = [
    `#separator:${format === 'csv' ? 'comma' : 'tab'}`,
    '#html:true',
    `#tags column:${ANKI_FIELDS.length}`,
    `#columns:${ANKI_FIELDS.join(separator)}`,
  ];
  const rows = words.map((w) => {
    const f = ankiFields(w);
    return delimitedRow(
      ANKI_FIELDS.map((k) => f[k]),
      separator,
    );
  });
  return `${[...header, ...rows].join('\n')}\n`;
}

/** A JSON backup of every field (notes and review state included), for importWords. */
export function toBackup(words: readonly SavedWord[], now: Date): string {
  return JSON.stringify({ format: BACKUP_FORMAT, version: CURRENT_VERSION, exportedAt: now.toISOString(), words }, null, 1);
}

const MIME: Record<ExportFormat, string> = {
  csv: 'text/csv;charset=utf-8',
  tsv: 'text/tab-separated-values;charset=utf-8',
  json: 'application/json',
};

/** The file a view downloads. */
export function exportFile(words: readonly SavedWord[], format: ExportFormat, now: Date): ExportFile {
  const day = now.toISOString().slice(0, 10);
  return {
    filename: format === 'json' ? `tarjuman-vocabulary-${day}.json` : `tarjuman-anki-${day}.${format === 'csv' ? 'csv' : 'txt'}`,
    mime: MIME[format],
    content: format === 'json' ? toBackup(words, now) : toDelimited(words, format),
    count: words.length,
  };
}

/** The stored records that could not be read, exactly as they were, for the user to keep (or to send with a bug report). */
export function unreadableFile(records: readonly QuarantinedRecord[], now: Date): ExportFile {
  const day = now.toISOString().slice(0, 10);
  return {
    filename: `tarjuman-unreadable-${day}.json`,
    mime: 'application/json',
    content: JSON.stringify({ format: 'tarjuman-unreadable', exportedAt: now.toISOString(), records }, null, 1),
    count: records.length,
  };
}
