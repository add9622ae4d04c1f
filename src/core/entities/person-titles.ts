/**
 * People named after an office or title (الرئيس الأمريكي جو بايدن، وزير الخارجية الروسي سيرغي لافروف), with the role
 * the office gives; the name itself is read by person-names.ts.
 */
import type { EntityContext } from './entity-context';
import type { EntityKeys } from './entity-keys';
import { isGiven, isParticle, type EntityCandidate } from './entity-lookup';
import type { NameEntry } from '../lexicon';
import { nameToEnglish } from '../text';
import { familyNameLike } from './entity-name-words';
import { gazetteerMatch, officeAt, officeComplement, roleOf, TITLE_FIRST } from './person-roles';
import { officeOrganisation } from './entity-org-names';
import { nameRun } from './person-names';
import type { Token } from '../model';

/**
 * الرئيس الأمريكي جو بايدن، وزير الخارجية الروسي سيرغي لافروف، مدير القسم الآسيوي بوزارة الخارجية الروسية، زامير
 * كابولوف: a person after an office, with the role the office gives.
 */
export function personAfterTitle(tokens: Token[], keys: EntityKeys[], i: number, ctx: EntityContext): EntityCandidate | null {
  const office = officeAt(tokens, keys, i, ctx);
  if (!office) return null;
  let found = personAt(tokens, keys, office.end, ctx);
  // الرئيس صالح، الدكتور سعيد راتب: after a definite title a common word can be the name
  if (!found && definiteTitle(tokens[i]!) && !office.rule.ar.startsWith(TEAM_OR_GENERAL))
    found = commonWordNameAt(tokens, keys, office.end, ctx);
  let headOf = '';
  if (!found) {
    // what the office heads may stand between the title and the name, often closed by a comma: a definite noun and
    // its adjectives, or a phrase read like an organisation's name (وزير الموارد المائية والري، المتحدث باسم وزارة …)
    const complements = [officeComplement(tokens, keys, office.end, ctx), officeOrganisation(tokens, keys, office.end, ctx)];
    for (const complement of complements) {
      if (!complement || found) continue;
      const j = complement.end + (tokens[complement.end]?.kind === 'punct' && /^[،,]$/.test(tokens[complement.end]!.text) ? 1 : 0);
      found = personAt(tokens, keys, j, ctx);
      headOf = complement.english;
    }
  }
  if (!found) return null;
  const entryRole = found.entry?.attrs.role;
  const title = roleOf(office, found.entry, ctx);
  // spokesman for + the Ministry of …: a title ending in its preposition takes the complement as it is
  const role = [title, headOf].filter(Boolean).join(/ (?:for|of|to)$/.test(title) ? ' ' : ' of ');
  return {
    type: 'PERSON',
    from: found.from,
    to: found.end,
    skip: 0,
    english: found.english,
    role: role || entryRole,
    roleFromText: Boolean(role),
    guessed: found.guessed,
    rule: 'title',
  };
}

// الفريق is a general's rank but more often "the team" (أداء الفريق متوازنا)
const TEAM_OR_GENERAL = 'الفريق';
// the endings of an adverbial accusative (استنادا، اتصالا) and of a plural (إيضاحات), and the start of a verbal noun
// (استرجاع): shapes of the word a title governs, rarely of a name
const NOT_NAME_SHAPE = /^است|[^ي]ا$|ات$/;

/** Whether a title word carries the article (الرئيس، الدكتور), which a title heading a phrase (رئيس وزراء) lacks. */
function definiteTitle(t: Token): boolean {
  return !!t.analyses[0]?.segments.some((s) => s.role === 'article');
}

/**
 * A name whose first word is also a common noun or adjective (صالح، سعيد، زيان), read only right after a definite
 * title: it needs a name word after it, or a rarer word on its own (أكد الرئيس ضرورة … keeps ضرورة a noun).
 */
function commonWordNameAt(tokens: Token[], keys: EntityKeys[], j: number, ctx: EntityContext): PersonFound | null {
  const t = tokens[j];
  const k = keys[j];
  if (!t || t.kind !== 'word' || k!.raw.startsWith('ال') || NOT_NAME_SHAPE.test(k!.raw) || TITLE_FIRST.has(k!.rest)) return null;
  if (!familyNameLike(t, ctx, 1)) return null;
  const [end, rest] = nameRun(tokens, keys, j + 1, ctx, false);
  if (end === j + 1 && !familyNameLike(t, ctx)) return null;
  return { from: j, end, english: [nameToEnglish(t.text), ...rest].join(' '), guessed: true, entry: null };
}

interface PersonFound {
  from: number;
  end: number;
  english: string;
  guessed: boolean;
  entry: NameEntry | null;
}

/** The person at token j, right after a title: a gazetteer person, or a run of name words. */
function personAt(tokens: Token[], keys: EntityKeys[], j: number, ctx: EntityContext): PersonFound | null {
  const person = gazetteerMatch(keys, j, ctx, (e) => e.type === 'PERSON' && !isGiven(e) && !isParticle(e));
  if (person) return { from: j, end: person.end, english: person.entry.english, guessed: false, entry: person.entry };
  const [end, english, guessed] = nameRun(tokens, keys, j, ctx, true, false, true);
  return end === j ? null : { from: j, end, english: english.join(' '), guessed, entry: null };
}
