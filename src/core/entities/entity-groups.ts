/**
 * One entity per real thing: mentions with the same English name share a group, and a one-word person mention that
 * is the surname of an earlier full name (لافروف after سيرغي لافروف) joins that person. Roles spread to the group.
 */
import type { Entity } from '../model';

export function groupMentions(entities: Entity[]): void {
  const byName = new Map<string, number>();
  const surnames = new Map<string, number>();
  let next = 0;
  for (const e of entities) {
    if (e.type === 'DATE' || e.type === 'NUMBER') {
      e.group = next++;
      continue;
    }
    const key = `${e.type}|${e.english.toLowerCase()}`;
    let g = byName.get(key);
    if (g === undefined && e.type === 'PERSON' && !e.english.includes(' ')) g = surnames.get(e.english.toLowerCase());
    if (g === undefined) {
      g = next++;
      byName.set(key, g);
      if (e.type === 'PERSON') {
        const last = e.english.split(' ').pop()!.toLowerCase();
        if (!surnames.has(last)) surnames.set(last, g);
      }
    }
    e.group = g;
  }
  // the first mention's English and any role found for the group go to every mention
  const first = new Map<number, Entity>();
  const roles = new Map<number, string>();
  // a role read in the text beats the gazetteer's (which may say "former" about a text written at the time)
  for (const e of entities) {
    if (!first.has(e.group!)) first.set(e.group!, e);
    if (e.role && e.roleFromText && !roles.has(e.group!)) roles.set(e.group!, e.role);
  }
  for (const e of entities) if (e.role && !roles.has(e.group!)) roles.set(e.group!, e.role);
  // a mention of something named surely elsewhere in the text (عبد العاطي after بدر عبد العاطي) is as sure
  const sure = new Map<number, number>();
  for (const e of entities) sure.set(e.group!, Math.max(sure.get(e.group!) ?? 0, e.confidence));
  for (const e of entities) {
    const f = first.get(e.group!)!;
    e.confidence = sure.get(e.group!)!;
    if (e.type === 'PERSON' && !f.guessed) delete e.guessed;
    if (e.type === 'PERSON' && f.english.length > e.english.length) e.english = f.english;
    const r = roles.get(e.group!);
    if (r) e.role = r;
  }
}
