/**
 * Generates the unvowelled surface forms of a lemma (without clitics): noun endings, sound and broken plurals,
 * duals, feminines, and verb conjugation (perfect, imperfect with moods, imperative, passive) including the weak
 * root classes. The analyser indexes these forms, so analysis is a clitic split plus a hash lookup.
 */

/** Form flags. */
export const F = {
  /** only with an enclitic pronoun (ة→ت, اء→ائ, dual/plural construct before a pronoun) */
  ENC_ONLY: 1,
  /** never with an enclitic pronoun (sound plurals and duals with their ن) */
  NO_ENC: 2,
  /** a nominal: takes the article and the prepositions ب ك ل */
  NOMINAL: 4,
  /** an imperfect verb form: takes س and ل */
  IMPF: 8,
  /** a verb form: takes object pronouns */
  VERB: 16,
  /** an unusual form: lower prior */
  RARE: 32,
  /** a preposition or particle that hosts pronouns */
  HOST: 64,
  /** a name written with the article (العراق): this article-less form occurs only with it */
  DEF_ONLY: 128,
} as const;

export interface SurfaceForm {
  /** strict key of the form (no diacritics; hamza seats, ة and ى as written) */
  form: string;
  /** feature label for the learner: "plural", "perfect, she", "imperfect passive" … */
  feat: string;
  flags: number;
}

const TEH_MARBUTA = '\u0629'; // ة
/** the nouns whose construct state lengthens the case vowel: أب، أخ، حم */
const FIVE_NOUNS = new Set(['\u0623\u0628', '\u0623\u062E', '\u062D\u0645']);
const ALEF_MAQSURA = '\u0649'; // ى
const ALEF = '\u0627'; // ا
const WAW = '\u0648'; // و
const YEH = '\u064A'; // ي
const TEH = '\u062A'; // ت
const HAMZA = '\u0621'; // ء

const last = (s: string, k = 1) => s.slice(s.length - k);
/** letters that never join the next one: a final hamza after them stays on the line (جزءاً، ضوءاً) */
const NON_JOINING = new Set(['\u0627', '\u062F', '\u0630', '\u0631', '\u0632', '\u0648', '\u0622', '\u0623', '\u0625', '\u0624']);

/** The stem the accusative alef is written on: a final hamza sits on ئ after a joining letter (شيئاً، عبئاً). */
function accusativeStem(b: string): string {
  if (!b.endsWith(HAMZA)) return b;
  return NON_JOINING.has(b[b.length - 2] ?? '') ? b : dropLast(b) + '\u0626';
}
const dropLast = (s: string, k = 1) => s.slice(0, s.length - k);

export interface NounInput {
  bare: string;
  pos: string;
  plurals: string[]; // strict keys of broken plurals
  soundPlural: { ات: boolean; ون: boolean };
  fem?: string;
  isNisba: boolean;
  /** a defective noun written with tanwin (قاضٍ): its definite form ends in ي */
  manqus?: boolean;
}

/** Surface forms of a noun or adjective. */
/** Receives each generated form (the index inserts directly, without intermediate objects). */
export type FormSink = (form: string, feat: string, flags: number) => void;

const collect = (): [SurfaceForm[], FormSink] => {
  const out: SurfaceForm[] = [];
  return [out, (form, feat, flags) => out.push({ form, feat, flags })];
};

/** Surface forms of a noun or adjective (returned, or sent to `sink`). */
export function nounForms(n: NounInput, sink?: FormSink): SurfaceForm[] {
  const [out, collectSink] = collect();
  const emit = sink ?? collectSink;
  const add = (form: string, feat: string, flags = 0) => emit(form, feat, flags | F.NOMINAL);
  const b = n.bare;
  const isAdj = n.pos === 'adj' || n.isNisba;
  // the elative أفعل (أكبر، أهم) takes no ة and no sound plural; أخير and أمني are ordinary adjectives
  const elative =
    n.pos === 'adj' && b[0] === '\u0623' && (/^.[^\u0627\u0648\u064A\u0649]{3}$/.test(b) || /^.[^\u0627\u0648\u064A\u0649]{2}$/.test(b));
  add(b, '');
  if (b.endsWith(TEH_MARBUTA)) {
    const s = dropLast(b);
    add(s + TEH, '', F.ENC_ONLY);
    add(s + TEH + '\u0627\u0646', 'dual', F.NO_ENC); // تان
    add(s + TEH + '\u064A\u0646', 'dual', F.NO_ENC); // تين
    add(s + TEH + ALEF, 'dual', F.ENC_ONLY);
    add(s + TEH + YEH, 'dual', F.ENC_ONLY | F.RARE);
    add(s + '\u0627\u062A', 'plural', 0); // ات
  } else if (b.endsWith(ALEF_MAQSURA)) {
    const s = dropLast(b);
    add(s + ALEF, '', F.ENC_ONLY); // مستواه
    add(s + YEH + '\u0627\u0646', 'dual', F.NO_ENC);
    add(s + YEH + '\u064A\u0646', 'dual', F.NO_ENC);
    add(s + YEH + '\u0627\u062A', 'plural', 0);
  } else {
    if (b.endsWith('\u0627\u0621')) {
      // إجراء → إجرائه / إجراؤه
      add(dropLast(b) + '\u0626', '', F.ENC_ONLY);
      add(dropLast(b) + '\u0624', '', F.ENC_ONLY);
    }
    add(b + '\u0627\u0646', 'dual', F.NO_ENC | F.RARE);
    add(b + '\u064A\u0646', 'dual', F.NO_ENC | F.RARE);
    add(b + ALEF, 'dual', F.ENC_ONLY | F.RARE);
    add(b + YEH, 'dual', F.ENC_ONLY | F.RARE); // يديه، قدميه
    // indefinite accusative: tanwin fatha is written on an alef (عاماً، جديداً، شيئاً); after اء none is written (إجراءً)
    if (!b.endsWith(ALEF) && !b.endsWith('\u0627\u0621')) add(accusativeStem(b) + ALEF, 'accusative', F.NO_ENC);
    if (n.manqus) {
      add(b + YEH, '', 0); // القاضي
      add(b + YEH + ALEF, 'accusative', F.NO_ENC); // قاضياً
    }
    const masc = (isAdj && !elative) || n.soundPlural.ون;
    if (masc) {
      add(b + '\u0648\u0646', 'plural', F.NO_ENC); // ون
      add(b + '\u064A\u0646', 'plural', F.NO_ENC); // ين
      add(b + WAW, 'plural', F.ENC_ONLY);
      add(b + WAW, 'plural, construct', F.RARE); // مقاتلو الحركة
      add(b + YEH, 'plural', F.RARE);
    }
    if (isAdj && !elative) {
      add(b + TEH_MARBUTA, 'feminine');
      add(b + TEH, 'feminine', F.ENC_ONLY);
      add(b + '\u0627\u062A', 'feminine plural');
      add(b + TEH + '\u0627\u0646', 'feminine dual', F.NO_ENC);
      add(b + TEH + '\u064A\u0646', 'feminine dual', F.NO_ENC);
    } else if (n.soundPlural.ات) {
      add(b + '\u0627\u062A', 'plural');
    }
  }
  if (FIVE_NOUNS.has(b)) {
    // أب، أخ show their case in a long vowel before a genitive or a pronoun: أبو، أبا، أبي (أبوه، أخيه)
    for (const v of [WAW, ALEF, YEH]) add(b + v, 'construct');
  }
  for (const p of n.plurals) {
    add(p, 'plural');
    if (!/[\u0627\u0629\u0649\u0621]$/.test(p)) add(p + ALEF, 'plural, accusative', F.NO_ENC);
    if (p.endsWith(TEH_MARBUTA)) add(dropLast(p) + TEH, 'plural', F.ENC_ONLY);
    if (p.endsWith('\u0627\u0621')) {
      add(dropLast(p) + '\u0626', 'plural', F.ENC_ONLY);
      add(dropLast(p) + '\u0624', 'plural', F.ENC_ONLY);
    }
  }
  if (n.fem) {
    add(n.fem, 'feminine');
    if (n.fem.endsWith(ALEF_MAQSURA)) add(dropLast(n.fem) + YEH + '\u0627\u062A', 'feminine plural');
    if (n.fem.endsWith(TEH_MARBUTA)) {
      // وزيرة → وزيرتها، وزيرات، وزيرتان
      const f = dropLast(n.fem);
      add(f + TEH, 'feminine', F.ENC_ONLY);
      add(f + '\u0627\u062A', 'feminine plural');
      add(f + TEH + '\u0627\u0646', 'feminine dual', F.NO_ENC);
      add(f + TEH + '\u064A\u0646', 'feminine dual', F.NO_ENC);
    }
  }
  return out;
}

export interface VerbInput {
  /** strict key of the 3ms perfect (lemma) */
  perfect: string;
  /** strict key of the 3ms imperfect, with its ي prefix; "" when unknown */
  imperfect: string;
  /** root letters ("" when unknown) */
  root: string[];
  form: string;
  passive: boolean;
}

const PERFECT_VOWEL_SUFFIXES: Array<[string, string, number]> = [
  ['\u062A', 'perfect, she', 0], // ت
  ['\u0627', 'perfect, they two', F.RARE], // ا
  ['\u062A\u0627', 'perfect, they two (f)', F.RARE], // تا
  ['\u0648\u0627', 'perfect, they', F.NO_ENC], // وا
  ['\u0648', 'perfect, they', F.ENC_ONLY], // و + pronoun
];
const PERFECT_CONS_SUFFIXES: Array<[string, string, number]> = [
  ['\u062A', 'perfect, I/you', 0], // ت
  ['\u0646\u0627', 'perfect, we', 0], // نا
  ['\u062A\u0645', 'perfect, you (pl)', F.RARE], // تم
  ['\u062A\u0645\u0648', 'perfect, you (pl)', F.ENC_ONLY | F.RARE], // تمو
  ['\u062A\u0645\u0627', 'perfect, you two', F.RARE], // تما
  ['\u062A\u0646', 'perfect, you (f pl)', F.RARE], // تن
  ['\u0646', 'perfect, they (f)', F.RARE], // ن
];

const isWeak = (c: string | undefined) => c === WAW || c === YEH;

/** Surface forms of a verb. */
export function verbForms(v: VerbInput, sink?: FormSink): SurfaceForm[] {
  const [out, collectSink] = collect();
  const emit = sink ?? collectSink;
  const add = (form: string, feat: string, flags = 0) => emit(form, feat, flags | F.VERB);
  const { root, form } = v;
  const r2 = root[1];
  const r3 = root[root.length - 1];
  const hollowForm = ['I', 'IV', 'VII', 'VIII', 'X'].includes(form);
  const conjugatePerfect = (P: string, voice: string) => {
    const tag = (f: string) => (voice ? `${f}, ${voice}` : f);
    add(P, tag('perfect'));
    if (last(P) === ALEF_MAQSURA) add(dropLast(P) + ALEF, tag('perfect'), F.ENC_ONLY); // أعطى → أعطاه
    let V = P;
    let C = P;
    let V3 = P; // stem before ت (she) and وا (they)
    const lastC = last(P);
    if ((lastC === ALEF_MAQSURA || lastC === ALEF) && isWeak(r3) && P.length >= 2) {
      // defective: رمى / دعا / أعطى
      const base = dropLast(P);
      C = base + (form === 'I' && lastC === ALEF ? WAW : YEH);
      V = C;
      V3 = base;
    } else if (lastC === YEH && isWeak(r3) && form === 'I' && P.length === 3) {
      // i-type defective: بقي / نسي / لقي
      V3 = P;
      V = P;
      add(dropLast(P) + '\u0648\u0627', tag('perfect, they'), F.NO_ENC);
      add(dropLast(P) + WAW, tag('perfect, they'), F.ENC_ONLY);
    } else if (hollowForm && isWeak(r2) && P.length >= 3 && P[P.length - 2] === ALEF) {
      C = P.slice(0, -2) + lastC; // قال → قل
    } else if (P.length === 3 && P[P.length - 2] === YEH && voice && isWeak(r2)) {
      C = P.slice(0, -2) + lastC; // قيل → قلت (passive)
    } else if (root.length === 3 && r2 === r3 && lastC === r3 && P[P.length - 2] !== r3) {
      C = P + lastC; // رد → رددت
    }
    for (const [suf, feat, flags] of PERFECT_VOWEL_SUFFIXES) {
      const stem = suf.startsWith(TEH) || suf.startsWith(WAW) ? V3 : V;
      if (suf.startsWith(WAW) && V3 === P && P.endsWith(YEH) && form === 'I' && P.length === 3) continue; // بقوا handled
      add(stem + suf, tag(feat), flags);
    }
    for (const [suf, feat, flags] of PERFECT_CONS_SUFFIXES) add(C + suf, tag(feat), flags);
  };
  conjugatePerfect(v.perfect, '');
  if (v.passive) {
    const P = v.perfect;
    let pass = '';
    if (hollowForm && isWeak(r2) && P.length >= 3 && P[P.length - 2] === ALEF) pass = P.slice(0, -2) + YEH + last(P);
    else if ((last(P) === ALEF_MAQSURA || last(P) === ALEF) && isWeak(r3)) pass = dropLast(P) + YEH;
    else if (form === 'III' && P[1] === ALEF) pass = P[0] + WAW + P.slice(2);
    else if (form === 'VI' && P[2] === ALEF) pass = P.slice(0, 2) + WAW + P.slice(3);
    if (pass && pass !== P) conjugatePerfect(pass, 'passive');
  }

  if (!v.imperfect || v.imperfect.length < 2) return out;
  const S = v.imperfect.slice(1);
  const lastS = last(S);
  const defective = (lastS === YEH || lastS === WAW || lastS === ALEF_MAQSURA) && isWeak(r3) && S.length >= 2;
  const hollow = !defective && hollowForm && isWeak(r2) && S.length >= 3 && 'اوي'.includes(S[S.length - 2] ?? '');
  const doubled = !defective && root.length === 3 && r2 === r3 && lastS === r3 && S[S.length - 2] !== r3;
  const base = defective ? dropLast(S) : S;
  const short = defective ? base : hollow ? S.slice(0, -2) + lastS : S;
  const conjugateImperfect = (stem: string, juss: string, defBase: string | null, voice: string) => {
    const tag = (f: string) => (voice ? `${f}, ${voice}` : f);
    const P = ['\u064A', '\u062A', '\u0646', '\u0623']; // ي ت ن أ
    for (const p of P) {
      // first person singular is rare in news, outside quotations
      const rare = p === '\u0623' ? F.RARE : 0;
      add(p + stem, tag('imperfect'), F.IMPF | rare);
      if (last(stem) === ALEF_MAQSURA) add(p + dropLast(stem) + ALEF, tag('imperfect'), F.IMPF | F.ENC_ONLY | rare); // يراه
      if (juss !== stem) add(p + juss, tag('imperfect, jussive'), F.IMPF | F.RARE);
    }
    const plBase = defBase ?? stem;
    for (const p of ['\u064A', '\u062A']) {
      add(p + plBase + '\u0648\u0646', tag('imperfect, they/you (pl)'), F.IMPF); // يزورونها keeps its ن
      add(p + plBase + '\u0648\u0627', tag('imperfect (subjunctive), they/you (pl)'), F.IMPF | F.NO_ENC);
      add(p + plBase + WAW, tag('imperfect (subjunctive), they/you (pl)'), F.IMPF | F.ENC_ONLY);
      const dualStem = defBase !== null ? stem.replace(/\u0649$/, YEH) : stem;
      add(p + dualStem + '\u0627\u0646', tag('imperfect, they/you two'), F.IMPF | F.NO_ENC | F.RARE);
      add(p + dualStem + ALEF, tag('imperfect (subjunctive), they/you two'), F.IMPF | F.RARE);
      const fplStem = defBase !== null ? stem.replace(/\u0649$/, YEH) : hollow ? juss : doubled ? stem + last(stem) : stem;
      add(p + fplStem + '\u0646', tag('imperfect, they/you (f pl)'), F.IMPF | F.RARE);
    }
    add('\u062A' + plBase + '\u064A\u0646', tag('imperfect, you (f)'), F.IMPF | F.NO_ENC | F.RARE);
  };
  conjugateImperfect(S, doubled ? S + lastS : short, defective ? base : null, '');
  if (v.passive) {
    let ps = '';
    if (hollow) ps = S.slice(0, -2) + ALEF + lastS;
    else if (defective) ps = base + ALEF_MAQSURA;
    else if (form === 'I' && root[0] === WAW && !S.startsWith(WAW)) ps = WAW + S; // يضع → يوضع
    if (ps && ps !== S) conjugateImperfect(ps, ps, defective ? base : null, 'passive');
  }
  // imperative (second person): rare in news, but quoted speech and slogans use it
  const impv =
    form === 'IV'
      ? '\u0623' + short
      : form === 'I' && !hollow && !defective && short.length >= 3 && !S.startsWith(ALEF)
        ? ALEF + short
        : short;
  if (impv.length >= 2) {
    add(impv, 'imperative', F.RARE);
    add(
      (defective ? (form === 'IV' ? '\u0623' + base : form === 'I' ? ALEF + base : base) : impv) + '\u0648\u0627',
      'imperative, plural',
      F.RARE | F.NO_ENC,
    );
  }
  return out;
}
