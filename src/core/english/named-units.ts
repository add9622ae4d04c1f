/** The units of a sentence's entities: names, dates and figures, with a person's title words as the name's role. */
import { firstEntityEndingAfter } from '../entities';
import type { Entity, Token } from '../model';
import { preOf, proclitics } from './readings';
import type { Unit } from './unit';

/** The entity that starts in each token of [from, to). */
export function entitiesByToken(tokens: readonly Token[], from: number, to: number, entities: readonly Entity[]): Map<number, Entity> {
  const entityAt = new Map<number, Entity>();
  const first = tokens[from];
  const last = tokens[to - 1];
  if (!first || !last) return entityAt;
  for (let k = firstEntityEndingAfter(entities, first.start); k < entities.length && entities[k]!.start < last.end; k++) {
    const e = entities[k]!;
    if (e.start < first.start) continue;
    for (let i = from; i < to; i++) {
      const t = tokens[i]!;
      if (t.start <= e.start && e.start < t.end) {
        entityAt.set(i, e);
        break;
      }
    }
  }
  return entityAt;
}

/** The unit of an entity starting at token i (a person's title words before it become its role). */
export function entityUnit(units: Unit[], t: Token, i: number, e: Entity): Unit {
  const top = t.analyses[0];
  // a figure's entity may take in the token's و (وألفي جندي): it is still "and"
  const andFigure =
    e.type === 'NUMBER' && top && /^[\u0648\u0641]/.test(e.text) ? proclitics(top).filter((p) => p === 'و' || p === 'ف') : [];
  const pros = top && e.start > t.start ? proclitics(top) : andFigure;
  let en = e.english;
  let short: string | undefined;
  if (e.type === 'PERSON' && e.role && e.roleFromText) {
    // the title words before the name (نائبة وزير الخارجية) become the English role in front of it
    while (
      units.length &&
      (units[units.length - 1]!.kind === 'noun' || units[units.length - 1]!.kind === 'adj') &&
      units[units.length - 1]!.tokenIndex >= i - 5
    )
      units.pop();
    en = `${e.role} ${e.english}`;
    short = e.english;
  }
  return {
    kind: e.type === 'NUMBER' || e.type === 'DATE' ? 'figure' : 'name',
    en,
    type: e.type,
    pre: preOf(pros, e.type === 'LOCATION'),
    short,
    tokenIndex: i,
  };
}
