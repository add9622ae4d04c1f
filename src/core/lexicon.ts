/**
 * The in-memory lexicon: entries from the compiled data, and an index from the loose key of every generated surface
 * form to the entries it can come from.
 */
import { FormIndex, type RawHit } from './form-index';
import { F, nounForms, verbForms, type FormSink } from './inflect';
import { parseAttrs, splitList, type LexiconData } from './lexicon-data';
import { looseKey, strictKey, stripDiacritics } from './normalize';

export interface LexEntry {
  id: number;
  /** vowelled lemma as written in the source */
  lemma: string;
  /** lemma reported to callers (the `of=` target for closed-class forms) */
  headword: string;
  pos: string;
  root: string;
  glosses: string[];
  attrs: Record<string, string>;
  /** frequency class 1 (very common) … 4 (rare) */
  freq: number;
}

export interface FormHit {
  entry: LexEntry;
  /** the other spelling (alt=) this form was generated from, reported as the lemma */
  spelling?: string;
  /** strict key of the generated form, to prefer exact spellings over loose matches */
  strict: string;
  feat: string;
  flags: number;
}

const FUNCTION_POS = new Set(['prep', 'conj', 'part', 'pron', 'adv', 'interj', 'abbrev']);
// Prepositions and particles that host pronouns (عليه، إليه، لديه، منه، أنه، لكنه، بينهم، عندها …).
const HOST_POS = new Set(['prep', 'conj', 'part']);

export class Lexicon {
  readonly entries: LexEntry[] = [];
  private readonly forms = new Map<string, FormHit | FormHit[]>();
  private readonly roots = new Map<string, LexEntry[]>();
  private readonly lemmaKeys = new Map<string, LexEntry[]>();
  /** the index shipped in the asset, when there is one: forms are then not generated at load */
  private readonly prebuilt: FormIndex | null;
  private readonly decoded = new Map<string, readonly FormHit[]>();

  constructor(readonly data: LexiconData) {
    this.prebuilt = data.index ? new FormIndex(data.index) : null;
    for (const row of data.lemmas) this.addEntry(row[0], row[1], row[2], row[3], row[4]);
  }

  private addEntry(lemma: string, pos: string, root: string, glosses: string, attrText: string): LexEntry {
    const attrs = parseAttrs(attrText);
    const entry: LexEntry = {
      id: this.entries.length,
      lemma,
      headword: attrs.of ? attrs.of : lemma,
      pos,
      root,
      glosses: glosses.split('|').filter(Boolean),
      attrs,
      freq: Number(attrs.f) || 3,
    };
    this.entries.push(entry);
    if (root) push(this.roots, root.replace(/\s+/g, ''), entry);
    const spellings = [strictKey(lemma), ...splitList(attrs.alt).map(strictKey)];
    for (const s of spellings) push(this.lemmaKeys, looseKey(s), entry);
    for (let i = 0; i < spellings.length && !this.prebuilt; i++) {
      const spelling = i > 0 ? spellings[i] : undefined;
      this.surfaceForms(entry, spellings[i]!, i > 0, (form, feat, flags) =>
        this.index(looseKey(form), { entry, strict: form, feat, flags, spelling }),
      );
    }
    return entry;
  }

  /**
   * Adds a one-word name from the gazetteer (مصر، العراق، لافروف) so that hovering it and analysing it work like
   * any word; names written with the article are indexed without it and need it.
   */
  addName(variant: string, english: string, kind: string): void {
    const key = strictKey(variant);
    if (this.lemmaKeys.has(looseKey(key))) return; // a common word spelled the same keeps its analysis
    const hasArticle = key.startsWith('\u0627\u0644') && key.length > 3;
    const bare = hasArticle ? key.slice(2) : key;
    const entry: LexEntry = {
      id: this.entries.length,
      lemma: bare,
      headword: bare,
      pos: 'propn',
      root: '',
      glosses: [english],
      attrs: { kind },
      freq: 2,
    };
    this.entries.push(entry);
    push(this.lemmaKeys, looseKey(bare), entry);
    this.index(looseKey(bare), {
      entry,
      strict: bare,
      feat: '',
      flags: F.NOMINAL | F.NO_ENC | (hasArticle ? F.DEF_ONLY : 0),
      spelling: undefined,
    });
  }

  /** Adds a nisba adjective from the gazetteer when the lexicon has none (سلوفاكي → Slovak). */
  addNisba(nisba: string, demonym: string, place: string): void {
    const key = strictKey(nisba);
    if (this.lemmaKeys.has(looseKey(key))) return;
    this.addEntry(nisba, 'adj', '', demonym, `place=${place.replace(/ /g, '_')} f=3`);
  }

  /** Adds one form to the index; most keys have one hit, which is stored without an array. */
  private index(key: string, hit: FormHit): void {
    if (this.prebuilt) return; // the shipped index has it already
    const cur = this.forms.get(key);
    if (cur === undefined) this.forms.set(key, hit);
    else if (Array.isArray(cur)) cur.push(hit);
    else this.forms.set(key, [cur, hit]);
  }

  private surfaceForms(e: LexEntry, bare: string, isAlt: boolean, sink: FormSink): void {
    const rootLetters = e.root ? e.root.split(/\s+/) : [];
    if (e.pos === 'verb') {
      const impf = e.attrs.impf && e.attrs.impf !== '-' ? strictKey(e.attrs.impf) : '';
      verbForms(
        {
          perfect: bare,
          imperfect: isAlt ? '' : impf,
          root: rootLetters,
          form: e.attrs.form || 'I',
          passive: e.attrs.pass !== 'no',
        },
        sink,
      );
      return;
    }
    if (FUNCTION_POS.has(e.pos)) {
      const flags = HOST_POS.has(e.pos) ? F.HOST : 0;
      sink(bare, '', flags);
      if (bare.endsWith('\u0649')) sink(bare.slice(0, -1) + '\u064A', '', flags | F.ENC_ONLY); // على → علي+ه
      return;
    }
    const plurals = splitList(e.attrs.pl);
    nounForms(
      {
        bare,
        pos: e.pos,
        plurals: isAlt ? [] : plurals.filter((p) => !p.startsWith('+')).map(strictKey),
        soundPlural: { ات: plurals.includes('+ات'), ون: plurals.includes('+ون') },
        fem: !isAlt && e.attrs.fem ? strictKey(e.attrs.fem) : undefined,
        isNisba: Boolean(e.attrs.place),
        manqus: e.lemma.endsWith('\u064D'),
      },
      sink,
    );
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
      else hits.push({ entry, strict: r.strict, feat: r.feat, flags: r.flags, spelling: r.spelling });
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
          feat: h.feat,
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
