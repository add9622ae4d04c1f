/** English word forms for the offline gist: verb tenses and participles, noun plurals, gloss clean-up. */

// base → [past, past participle]
const IRREGULAR: Record<string, [string, string]> = {
  arise: ['arose', 'arisen'],
  be: ['was', 'been'],
  bear: ['bore', 'borne'],
  beat: ['beat', 'beaten'],
  become: ['became', 'become'],
  begin: ['began', 'begun'],
  bet: ['bet', 'bet'],
  bid: ['bid', 'bid'],
  bind: ['bound', 'bound'],
  bite: ['bit', 'bitten'],
  blow: ['blew', 'blown'],
  break: ['broke', 'broken'],
  bring: ['brought', 'brought'],
  broadcast: ['broadcast', 'broadcast'],
  build: ['built', 'built'],
  burn: ['burned', 'burned'],
  buy: ['bought', 'bought'],
  cast: ['cast', 'cast'],
  catch: ['caught', 'caught'],
  choose: ['chose', 'chosen'],
  come: ['came', 'come'],
  cost: ['cost', 'cost'],
  cut: ['cut', 'cut'],
  deal: ['dealt', 'dealt'],
  dig: ['dug', 'dug'],
  do: ['did', 'done'],
  draw: ['drew', 'drawn'],
  drink: ['drank', 'drunk'],
  drive: ['drove', 'driven'],
  eat: ['ate', 'eaten'],
  fall: ['fell', 'fallen'],
  feed: ['fed', 'fed'],
  feel: ['felt', 'felt'],
  fight: ['fought', 'fought'],
  find: ['found', 'found'],
  flee: ['fled', 'fled'],
  fly: ['flew', 'flown'],
  forbid: ['forbade', 'forbidden'],
  forecast: ['forecast', 'forecast'],
  foresee: ['foresaw', 'foreseen'],
  forget: ['forgot', 'forgotten'],
  forgive: ['forgave', 'forgiven'],
  freeze: ['froze', 'frozen'],
  get: ['got', 'got'],
  give: ['gave', 'given'],
  go: ['went', 'gone'],
  grow: ['grew', 'grown'],
  hang: ['hung', 'hung'],
  have: ['had', 'had'],
  hear: ['heard', 'heard'],
  hide: ['hid', 'hidden'],
  hit: ['hit', 'hit'],
  hold: ['held', 'held'],
  hurt: ['hurt', 'hurt'],
  keep: ['kept', 'kept'],
  know: ['knew', 'known'],
  lay: ['laid', 'laid'],
  lead: ['led', 'led'],
  leave: ['left', 'left'],
  lend: ['lent', 'lent'],
  let: ['let', 'let'],
  lie: ['lay', 'lain'],
  light: ['lit', 'lit'],
  lose: ['lost', 'lost'],
  make: ['made', 'made'],
  mean: ['meant', 'meant'],
  meet: ['met', 'met'],
  mislead: ['misled', 'misled'],
  overcome: ['overcame', 'overcome'],
  overthrow: ['overthrew', 'overthrown'],
  pay: ['paid', 'paid'],
  put: ['put', 'put'],
  quit: ['quit', 'quit'],
  read: ['read', 'read'],
  ride: ['rode', 'ridden'],
  ring: ['rang', 'rung'],
  rise: ['rose', 'risen'],
  run: ['ran', 'run'],
  say: ['said', 'said'],
  see: ['saw', 'seen'],
  seek: ['sought', 'sought'],
  sell: ['sold', 'sold'],
  send: ['sent', 'sent'],
  set: ['set', 'set'],
  shake: ['shook', 'shaken'],
  shoot: ['shot', 'shot'],
  show: ['showed', 'shown'],
  shut: ['shut', 'shut'],
  sing: ['sang', 'sung'],
  sink: ['sank', 'sunk'],
  sit: ['sat', 'sat'],
  sleep: ['slept', 'slept'],
  slide: ['slid', 'slid'],
  speak: ['spoke', 'spoken'],
  spend: ['spent', 'spent'],
  split: ['split', 'split'],
  spread: ['spread', 'spread'],
  stand: ['stood', 'stood'],
  steal: ['stole', 'stolen'],
  stick: ['stuck', 'stuck'],
  strike: ['struck', 'struck'],
  swear: ['swore', 'sworn'],
  swim: ['swam', 'swum'],
  take: ['took', 'taken'],
  teach: ['taught', 'taught'],
  tear: ['tore', 'torn'],
  tell: ['told', 'told'],
  think: ['thought', 'thought'],
  throw: ['threw', 'thrown'],
  undergo: ['underwent', 'undergone'],
  understand: ['understood', 'understood'],
  undertake: ['undertook', 'undertaken'],
  upset: ['upset', 'upset'],
  wake: ['woke', 'woken'],
  wear: ['wore', 'worn'],
  win: ['won', 'won'],
  withdraw: ['withdrew', 'withdrawn'],
  write: ['wrote', 'written'],
  uphold: ['upheld', 'upheld'],
  withhold: ['withheld', 'withheld'],
  oversee: ['oversaw', 'overseen'],
  sweep: ['swept', 'swept'],
  shine: ['shone', 'shone'],
};

const VOWEL = /[aeiouy]|^I$/;
// Verbs that double their final consonant (stressed last syllable): stop → stopped, admit → admitted.
const DOUBLE =
  /^(stop|plan|ban|drop|admit|commit|submit|permit|omit|occur|refer|prefer|transfer|confer|control|patrol|regret|ship|step|grab|rob|tap|trap|wrap|chat|jam|plot|spot|stab|star|scan|ship|sum|tag|top|trim|veto)$/;

/** Past tense: say → said, confirm → confirmed, carry → carried. */
export function past(verb: string): string {
  const [head, ...rest] = verb.split(' ');
  if (!head) return verb;
  return [pastOne(head), ...rest].join(' ');
}

function pastOne(v: string): string {
  const irr = IRREGULAR[v];
  if (irr) return irr[0];
  if (v.endsWith('e')) return `${v}d`;
  if (/[^aeiou]y$/.test(v)) return `${v.slice(0, -1)}ied`;
  if (DOUBLE.test(v)) return `${v}${v.slice(-1)}ed`;
  return `${v}ed`;
}

/** Past participle: hold → held, agree → agreed. */
export function participle(verb: string): string {
  const [head, ...rest] = verb.split(' ');
  if (!head) return verb;
  const irr = IRREGULAR[head];
  return [irr ? irr[1] : pastOne(head), ...rest].join(' ');
}

/** The -ing form: stay → staying, make → making, stop → stopping, die → dying, take part → taking part. */
export function ing(verb: string): string {
  const [head, ...rest] = verb.split(' ');
  if (!head) return verb;
  let h: string;
  if (head.endsWith('ie')) h = `${head.slice(0, -2)}ying`;
  else if (/[^aeiou]e$/.test(head) && head !== 'be') h = `${head.slice(0, -1)}ing`;
  else if (DOUBLE.test(head)) h = `${head}${head.slice(-1)}ing`;
  else h = `${head}ing`;
  return [h, ...rest].join(' ');
}

/** Third person singular present: say → says, carry → carries, go → goes. */
export function third(verb: string): string {
  const [head, ...rest] = verb.split(' ');
  if (!head) return verb;
  let h: string;
  if (head === 'be') h = 'is';
  else if (head === 'have') h = 'has';
  else if (/(s|sh|ch|x|z|o)$/.test(head)) h = `${head}es`;
  else if (/[^aeiou]y$/.test(head)) h = `${head.slice(0, -1)}ies`;
  else h = `${head}s`;
  return [h, ...rest].join(' ');
}

const PLURAL_IRREGULAR: Record<string, string> = {
  man: 'men',
  woman: 'women',
  child: 'children',
  person: 'people',
  foot: 'feet',
  tooth: 'teeth',
  mouse: 'mice',
  crisis: 'crises',
  analysis: 'analyses',
  basis: 'bases',
  thesis: 'theses',
  criterion: 'criteria',
  phenomenon: 'phenomena',
  datum: 'data',
  medium: 'media',
  media: 'media',
  data: 'data',
  staff: 'staff',
  personnel: 'personnel',
  talks: 'talks',
  news: 'news',
  police: 'police',
  people: 'people',
  aircraft: 'aircraft',
  information: 'information',
  aid: 'aid',
  thief: 'thieves',
  equipment: 'equipment',
  advice: 'advice',
  evidence: 'evidence',
  research: 'research',
  intelligence: 'intelligence',
  weaponry: 'weaponry',
  security: 'security',
  peace: 'peace',
  progress: 'progress',
};

/** Plural of an English noun phrase's head (the last word): base → bases, city → cities. */
export function plural(noun: string): string {
  const words = noun.split(' ');
  const last = words.pop() ?? '';
  let p: string;
  if (PLURAL_IRREGULAR[last]) p = PLURAL_IRREGULAR[last]!;
  else if (/(s|sh|ch|x|z)$/.test(last)) p = last.endsWith('s') && !last.endsWith('ss') ? last : `${last}es`;
  else if (/[^aeiou]y$/.test(last)) p = `${last.slice(0, -1)}ies`;
  else if (/fe?$/.test(last) && !/(ff|ief|oof)$/.test(last)) p = last.replace(/fe?$/, 'ves');
  else p = `${last}s`;
  return [...words, p].join(' ');
}

/** The first sense of a gloss list, cleaned for running text: no parentheses, no "(pl.)" notes, no "sth". */
export function firstSense(glosses: readonly string[]): string {
  for (const g of glosses) {
    const s = g
      .replace(/\([^)]*\)/g, '')
      .replace(/\b(sth|sb|someone|something|one's|oneself)\b/g, '')
      .replace(/\s+/g, ' ')
      .trim();
    if (s && VOWEL.test(s)) return s;
  }
  return '';
}

/** Capitalises the first letter of a sentence. */
export const sentenceCase = (s: string): string => (s ? s[0]!.toUpperCase() + s.slice(1) : s);
