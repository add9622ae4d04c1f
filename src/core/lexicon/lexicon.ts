/**
 * The in-memory lexicon: entries from the compiled data, and an index from the loose key of every generated surface
 * form to the entries it can come from.
 */
import { FormIndex, INDEX_VERSION, type RawHit } from './form-index';
import { F } from '../inflection';
import { entrySurfaceForms } from './entry-forms';
import { PackedRow, parseAttrs, splitList, type LemmaRow, type LemmaSource, type LexiconData } from './lexicon-data';
import { looseKey, strictKey, stripDiacritics } from '../text';
import { NO_GRAMMAR, type Grammar, type Pos } from '../model';

export interface LexEntry {
  id: number;
  /** vowelled lemma as written in the source */
  lemma: string;
  /** lemma reported to callers (the `of=` target for closed-class forms) */
  headword: string;
  /** the lexicon's part of speech, or propn for the names and nisbas taken from the gazetteer */
  pos: Pos;
  root: string;
  glosses: string[];
  attrs: Record<string, string>;
  /** closed word classes (`class=` in the data: reporting, proposal) */
  classes: readonly string[];
  /** frequency class 1 (very common) … 4 (rare) */
  freq: number;
}

export interface FormHit {
  entry: LexEntry;
  /** the other spelling (alt=) this form was generated from, reported as the lemma */
  spelling?: string;
  /** strict key of the generated form, to prefer exact spellings over loose matches */
  strict: string;
  /** what the form's letters show (plural, a perfect with a feminine subject, passive …) */
  grammar: Grammar;
  flags: number;
}

/**
 * An entry made from its data row. Its attributes and glosses are parsed on first use: most of a lexicon's entries are
 * never met in a given session, and building them all at load was most of the load time.
 */
class RowEntry extends PackedRow<LemmaRow> implements LexEntry {
  private parsedAttrs: Record<string, string> | undefined;
  private glossList: string[] | undefined;
  private classList: readonly string[] | undefined;
  private frequency = 0;

  constructor(
    readonly id: number,
    source: LemmaSource,
  ) {
    super(source);
  }

  get lemma(): string {
    return this.row[0];
  }
  get pos(): Pos {
    // the data compiler accepts only the lexicon's parts of speech (LEXICON_POS) and propn for names
    return this.row[1] as Pos;
  }
  get root(): string {
    return this.row[2];
  }
  get attrs(): Record<string, string> {
    return (this.parsedAttrs ??= parseAttrs(this.row[4]));
  }
  get headword(): string {
    return this.attrs.of || this.row[0];
  }
  /** closed word classes the entry belongs to (`class=reporting,proposal`; docs/data-format.md) */
  get classes(): readonly string[] {
    return (this.classList ??= splitList(this.attrs.class));
  }
  get glosses(): string[] {
    return (this.glossList ??= this.row[3].split('|').filter(Boolean));
  }
  get freq(): number {
    return (this.frequency ||= Number(this.attrs.f) || 3);
  }
}

/** The data row of a name or nisba the lexicon takes from the gazetteer (what the build ships as `added`). */
export function entryRow(e: LexEntry): LemmaRow {
  const attrs = Object.entries(e.attrs).map(([k, v]) => `${k}=${v.replace(/ /g, '_')}`);
  if (!e.attrs.f) attrs.push(`f=${e.freq}`);
  return [e.lemma, e.pos, e.root, e.glosses.join('|'), attrs.join(' ')];
}

export class Lexicon {
  readonly entries: LexEntry[] = [];
  private readonly forms = new Map<string, FormHit | FormHit[]>();
  /** root and lemma keys → entries: built on first use, then kept up to date */
  private rootMap: Map<string, LexEntry[]> | null = null;
  private lemmaKeyMap: Map<string, LexEntry[]> | null = null;
  /** the index shipped in the asset, when there is one: forms are then not generated at load */
  private readonly prebuilt: FormIndex | null;
  private readonly decoded = new Map<string, readonly FormHit[]>();

  constructor(readonly data: LexiconData) {
    // an index written in another encoding is not read: the forms are generated instead (slower, the same result)
    this.prebuilt = data.index?.version === INDEX_VERSION ? new FormIndex(data.index) : null;
    for (const row of data.lemmas) this.addEntry(row);
    // the names and nisbas the build took from the gazetteer, in the order their ids were given
    if (this.prebuilt) for (const row of data.index?.added ?? []) this.addEntry(row);
  }

  /** True when the shipped index already holds the gazetteer's names (the Analyzer then adds none itself). */
  get hasNames(): boolean {
    return this.prebuilt !== null && Boolean(this.data.index?.added);
  }

  /** Adds an entry; `generate`: index its generated surface forms (unless the shipped index has them). */
  private addEntry(row: LemmaSource, generate = true): LexEntry {
    const entry = new RowEntry(this.entries.length, row);
    this.entries.push(entry);
    if (this.rootMap) this.addRoot(this.rootMap, entry);
    if (this.lemmaKeyMap) this.addLemmaKeys(this.lemmaKeyMap, entry);
    if (this.prebuilt || !generate) return entry;
    const spellings = this.spellingsOf(entry);
    for (let i = 0; i < spellings.length; i++) {
      const spelling = i > 0 ? spellings[i] : undefined;
      entrySurfaceForms(entry, spellings[i]!, i > 0, (form, grammar, flags) =>
        this.index(looseKey(form), { entry, strict: form, grammar, flags, spelling }),
      );
    }
    return entry;
  }

  private spellingsOf(e: LexEntry): string[] {
    return [strictKey(e.lemma), ...splitList(e.attrs.alt).map(strictKey)];
  }

  private addRoot(m: Map<string, LexEntry[]>, e: LexEntry): void {
    if (e.root) push(m, e.root.replace(/\s+/g, ''), e);
  }

  private addLemmaKeys(m: Map<string, LexEntry[]>, e: LexEntry): void {
    for (const s of this.spellingsOf(e)) push(m, looseKey(s), e);
  }

  private get lemmaKeys(): Map<string, LexEntry[]> {
    return (this.lemmaKeyMap ??= this.mapOfEntries((m, e) => this.addLemmaKeys(m, e)));
  }

  private get roots(): Map<string, LexEntry[]> {
    return (this.rootMap ??= this.mapOfEntries((m, e) => this.addRoot(m, e)));
  }

  private mapOfEntries(add: (m: Map<string, LexEntry[]>, e: LexEntry) => void): Map<string, LexEntry[]> {
    const m = new Map<string, LexEntry[]>();
    for (const e of this.entries) add(m, e);
    return m;
  }

  /**
   * Adds a one-word name from the gazetteer (مصر، العراق، لافروف) so that hovering it and analysing it work like
   * any word; names written with the article are indexed without it and need it. `vowelled`: the name as read.
   */
  addName(variant: string, english: string, kind: string, vowelled?: string): void {
    const key = strictKey(variant);
    if (this.lemmaKeys.has(looseKey(key))) return; // a common word spelled the same keeps its analysis
    const hasArticle = key.startsWith('\u0627\u0644') && key.length > 3;
    const bare = hasArticle ? key.slice(2) : key;
    // the vowelled name without its article (العِراق → v=عِراق)
    const read = vowelled ? ` v=${hasArticle ? vowelled.replace(/^\u0627[\u064B-\u0652]*\u0644[\u064B-\u0652]*/, '') : vowelled}` : '';
    const entry = this.addEntry([bare, 'propn', '', english, `kind=${kind.replace(/ /g, '_')} f=2${read}`], false);
    this.index(looseKey(bare), {
      entry,
      strict: bare,
      grammar: NO_GRAMMAR,
      flags: F.NOMINAL | F.NO_ENC | (hasArticle ? F.DEF_ONLY : 0),
      spelling: undefined,
    });
  }

  /** Adds a nisba adjective from the gazetteer when the lexicon has none (سلوفاكي → Slovak). */
  addNisba(nisba: string, demonym: string, place: string): void {
    const key = strictKey(nisba);
    if (this.lemmaKeys.has(looseKey(key))) return;
    this.addEntry([nisba, 'adj', '', demonym, `place=${place.replace(/ /g, '_')} f=3`]);
  }

  /** Adds one form to the index; most keys have one hit, which is stored without an array. */
  private index(key: string, hit: FormHit): void {
    if (this.prebuilt) return; // the shipped index has it already
    const cur = this.forms.get(key);
    if (cur === undefined) this.forms.set(key, hit);
    else if (Array.isArray(cur)) cur.push(hit);
    else this.forms.set(key, [cur, hit]);
  }

  /** Entries whose generated forms have this loose key. */
  lookupForm(loose: string): readonly FormHit[] {
    if (this.prebuilt) return this.lookupPrebuilt(loose);
    const hit = this.forms.get(loose);
    return hit === undefined ? EMPTY : Array.isArray(hit) ? hit : [hit];
  }

  private lookupPrebuilt(loose: string): readonly FormHit[] {
    const cached = this.decoded.get(loose);
    if (cached) return cached;
    const raw = this.prebuilt!.find(loose);
    const hits: FormHit[] = [];
    let complete = true;
    for (const r of raw) {
      const entry = this.entries[r.entry];
      if (!entry)
        complete = false; // a gazetteer name not yet added (during construction)
      else hits.push({ entry, strict: r.strict, grammar: r.grammar, flags: r.flags, spelling: r.spelling });
    }
    if (complete) this.decoded.set(loose, hits);
    return hits.length ? hits : EMPTY;
  }

  /** The generated index as raw hits (for the build, which ships it in the asset). */
  exportForms(): Map<string, RawHit[]> {
    const out = new Map<string, RawHit[]>();
    for (const [k, v] of this.forms) {
      out.set(
        k,
        (Array.isArray(v) ? v : [v]).map((h) => ({
          entry: h.entry.id,
          grammar: h.grammar,
          flags: h.flags,
          strict: h.strict,
          spelling: h.spelling,
        })),
      );
    }
    return out;
  }

  /** Entries whose lemma (or an alternative spelling) has this loose key. */
  lookupLemma(text: string): readonly LexEntry[] {
    return this.lemmaKeys.get(looseKey(text)) ?? EMPTY;
  }

  /** Lexicon words of a root ("ك ت ب" or "كتب"). */
  wordsOfRoot(root: string): readonly LexEntry[] {
    return this.roots.get(root.replace(/\s+/g, '')) ?? EMPTY;
  }

  /** The verb a verbal noun belongs to (اتفاق → اتفق), from the verbs' masdar= attributes. */
  verbOfMasdar(e: LexEntry): LexEntry | undefined {
    if (!this.masdars) {
      this.masdars = new Map();
      for (const v of this.entries) {
        if (v.pos !== 'verb') continue;
        for (const m of splitList(v.attrs.masdar)) if (!this.masdars.has(looseKey(m))) this.masdars.set(looseKey(m), v);
      }
    }
    return e.pos === 'noun' ? this.masdars.get(looseKey(e.lemma)) : undefined;
  }

  private masdars: Map<string, LexEntry> | undefined;

  /** Number of indexed surface forms (for benchmarks). */
  get formCount(): number {
    return this.prebuilt ? this.prebuilt.size : this.forms.size;
  }
}

const EMPTY: readonly never[] = Object.freeze([]);

function push<K, V>(m: Map<K, V[]>, k: K, v: V): void {
  const a = m.get(k);
  if (a) a.push(v);
  else m.set(k, [v]);
}

/** The unvowelled lemma, for display next to a vowelled one. */
export const bareLemma = (e: LexEntry): string => stripDiacritics(e.lemma);
