/**
 * Where the Arabic → English model comes from: Mozilla's public model registry for Firefox Translations, read the
 * way Firefox reads it (toolkit/components/translations/actors/TranslationsParent.sys.mjs; see docs/bergamot.md).
 * - the Remote Settings collection `translations-models` in bucket `main` lists one record per file, with `fromLang`,
 *   `toLang`, `fileType` (model, lex, vocab or srcvocab + trgvocab), `version` and an `attachment` that carries the
 *   file's `location`, `size` and SHA-256 `hash`;
 * - the attachment is served from the server's `capabilities.attachments.base_url` + `location`;
 * - of each file only the highest version whose major version this engine supports is kept, then only the records of
 *   the model file's version (Firefox's getMaxSupportedVersionRecords and #filterByModelVersion).
 * Nothing here touches the network: the download module fetches, this module decides.
 */

export const REGISTRY_SERVER = 'https://firefox.settings.services.mozilla.com/v1';
/** where that server's attachments are served (its capabilities.attachments.base_url); asked for with the server */
export const ATTACHMENTS_ORIGIN = 'https://firefox-settings-attachments.cdn.mozilla.net';
export const MODELS_COLLECTION = 'translations-models';
/** The engine shipped here (bergamot-translator 0.4.x) reads Firefox's 1.x ("tiny") models; 2.x needs a newer wasm. */
export const MODEL_MAJOR = { min: 1, max: 1 } as const;

export interface Attachment {
  hash: string;
  size: number;
  location: string;
  filename?: string;
}

export interface ModelRecord {
  id: string;
  name: string;
  fromLang: string;
  toLang: string;
  fileType: string;
  version: string;
  variant?: string;
  filter_expression?: string;
  attachment: Attachment;
}

export type FileType = 'model' | 'lex' | 'vocab' | 'srcvocab' | 'trgvocab';

export interface ModelFile {
  fileType: FileType;
  name: string;
  url: string;
  /** lower-case hex SHA-256 of the file, as published */
  sha256: string;
  size: number;
}

/** Everything needed to fetch, check and describe one model. */
export interface ModelPlan {
  from: string;
  to: string;
  version: string;
  /** where the records were read (shown on the options page) */
  source: string;
  files: ModelFile[];
}

export const recordsUrl = (server: string): string => `${server}/buckets/main/collections/${MODELS_COLLECTION}/records`;

const FILE_TYPES: readonly string[] = ['model', 'lex', 'vocab', 'srcvocab', 'trgvocab'];

/** Numeric parts of a version ("1.10" → [1, 10]); a pre-release suffix ("2.0a1") sorts below its release. */
function versionParts(v: string): number[] {
  return v.split('.').map((p) => {
    const m = /^(\d+)(.*)$/.exec(p);
    return m ? Number(m[1]) - (m[2] ? 0.5 : 0) : -1;
  });
}

export function compareVersions(a: string, b: string): number {
  const x = versionParts(a);
  const y = versionParts(b);
  for (let i = 0; i < Math.max(x.length, y.length); i++) {
    const d = (x[i] ?? 0) - (y[i] ?? 0);
    if (d) return d < 0 ? -1 : 1;
  }
  return 0;
}

const majorOf = (v: string) => Math.floor(versionParts(v)[0] ?? -1);

const isHash = (h: unknown): h is string => typeof h === 'string' && /^[0-9a-f]{64}$/i.test(h);

/** A record as the server sent it, or null when a field this code relies on is missing or malformed. */
export function parseRecord(raw: unknown): ModelRecord | null {
  if (!raw || typeof raw !== 'object') return null;
  const r = raw as Record<string, unknown>;
  const a = (r.attachment && typeof r.attachment === 'object' ? r.attachment : null) as Record<string, unknown> | null;
  const size = typeof a?.size === 'string' ? Number(a.size) : a?.size;
  if (
    typeof r.id !== 'string' ||
    typeof r.name !== 'string' ||
    typeof r.fromLang !== 'string' ||
    typeof r.toLang !== 'string' ||
    typeof r.fileType !== 'string' ||
    typeof r.version !== 'string' ||
    !a ||
    !isHash(a.hash) ||
    typeof a.location !== 'string' ||
    typeof size !== 'number' ||
    !Number.isSafeInteger(size) ||
    size <= 0
  )
    return null;
  return {
    id: r.id,
    name: r.name,
    fromLang: r.fromLang,
    toLang: r.toLang,
    fileType: r.fileType,
    version: r.version,
    variant: typeof r.variant === 'string' ? r.variant : undefined,
    filter_expression: typeof r.filter_expression === 'string' ? r.filter_expression : undefined,
    attachment: {
      hash: a.hash.toLowerCase(),
      size,
      location: a.location,
      filename: typeof a.filename === 'string' ? a.filename : undefined,
    },
  };
}

const langMatch = (a: string, b: string) => a.toLowerCase().split('-')[0] === b.toLowerCase().split('-')[0];

/**
 * The files of the `from` → `to` model from the collection's records, or why there is none. Records meant for other
 * Firefox channels (a non-empty filter_expression), variants, quality models and versions outside `major` are
 * skipped; a plan needs a model, a lexical shortlist and either one vocabulary or a source and a target vocabulary.
 */
export function planModel(
  rawRecords: readonly unknown[],
  opts: { from: string; to: string; attachmentsBase: string; source: string; major?: { min: number; max: number } },
): ModelPlan | { error: 'noModel' | 'incomplete' } {
  const major = opts.major ?? MODEL_MAJOR;
  const best = new Map<string, ModelRecord>();
  for (const raw of rawRecords) {
    const r = parseRecord(raw);
    if (!r || r.filter_expression || r.variant || !FILE_TYPES.includes(r.fileType)) continue;
    if (!langMatch(r.fromLang, opts.from) || !langMatch(r.toLang, opts.to)) continue;
    const m = majorOf(r.version);
    if (m < major.min || m > major.max) continue;
    const prev = best.get(r.fileType);
    if (!prev || compareVersions(prev.version, r.version) < 0) best.set(r.fileType, r);
  }
  const model = best.get('model');
  if (!model) return { error: 'noModel' };
  const same = [...best.values()].filter((r) => r.version === model.version);
  const has = (t: string) => same.some((r) => r.fileType === t);
  const vocabOk = has('vocab') ? !has('srcvocab') && !has('trgvocab') : has('srcvocab') && has('trgvocab');
  if (!has('lex') || !vocabOk) return { error: 'incomplete' };
  const base = opts.attachmentsBase.endsWith('/') ? opts.attachmentsBase : `${opts.attachmentsBase}/`;
  // a location is a path under the attachments host; one that names another host is not followed
  const urlOf = (r: ModelRecord) => {
    const u = new URL(r.attachment.location, base);
    return u.origin === new URL(base).origin ? u.href : null;
  };
  if (same.some((r) => !urlOf(r))) return { error: 'incomplete' };
  const order = (t: string) => FILE_TYPES.indexOf(t);
  return {
    from: opts.from,
    to: opts.to,
    version: model.version,
    source: opts.source,
    files: same
      .sort((a, b) => order(a.fileType) - order(b.fileType))
      .map((r) => ({
        fileType: r.fileType as FileType,
        name: r.name,
        url: urlOf(r)!,
        sha256: r.attachment.hash,
        size: r.attachment.size,
      })),
  };
}

/** The total download size of a plan, in bytes. */
export const planSize = (plan: ModelPlan): number => plan.files.reduce((n, f) => n + f.size, 0);
