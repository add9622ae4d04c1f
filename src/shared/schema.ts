/**
 * Runtime schemas whose static types are inferred from them: one declaration gives both the TypeScript type of a
 * message and the check of what actually arrives. A parse builds a fresh value from the declared fields only, so
 * extra keys (`__proto__` included) never pass through.
 */
import { fail, ok, type Result } from './result';

export interface Schema<T> {
  /** the value as declared, or what is wrong with it (the path to the bad field first) */
  parse(v: unknown, path?: string): Result<T>;
}

/** The type a schema describes. */
export type Infer<S> = S extends Schema<infer T> ? T : never;

const schema = <T>(parse: (v: unknown, path: string) => Result<T>): Schema<T> => ({
  parse: (v, path = 'value') => parse(v, path),
});

const isRecord = (v: unknown): v is Record<string, unknown> => typeof v === 'object' && v !== null && !Array.isArray(v);

/** A string of at most `max` UTF-16 units. */
export const str = (max: number): Schema<string> =>
  schema((v, path) => (typeof v === 'string' && v.length <= max ? ok(v) : fail(`${path}: expected text of at most ${max} characters`)));

/** A whole number in [min, max]. */
export const int = (min = 0, max = Number.MAX_SAFE_INTEGER): Schema<number> =>
  schema((v, path) =>
    Number.isInteger(v) && (v as number) >= min && (v as number) <= max
      ? ok(v as number)
      : fail(`${path}: expected a whole number ${min}–${max}`),
  );

export const bool: Schema<boolean> = schema((v, path) => (typeof v === 'boolean' ? ok(v) : fail(`${path}: expected true or false`)));

/** One of a few literal values. */
export const oneOf = <const T extends readonly (string | number)[]>(...values: T): Schema<T[number]> =>
  schema((v, path) => (values.includes(v as T[number]) ? ok(v as T[number]) : fail(`${path}: expected one of ${values.join(', ')}`)));

/** A value that may be missing (undefined). */
export interface Optional<T> extends Schema<T | undefined> {
  optional: true;
}
export const optional = <T>(s: Schema<T>): Optional<T> => ({
  optional: true,
  parse: (v, path = 'value') => (v === undefined ? ok(undefined) : s.parse(v, path)),
});

/** An array of at most `max` items. */
export const array = <T>(item: Schema<T>, max: number): Schema<T[]> =>
  schema((v, path) => {
    if (!Array.isArray(v) || v.length > max) return fail(`${path}: expected a list of at most ${max} items`);
    const out: T[] = [];
    for (let i = 0; i < v.length; i++) {
      const r = item.parse(v[i], `${path}[${i}]`);
      if (!r.ok) return r;
      out.push(r.value);
    }
    return ok(out);
  });

type Shape = Record<string, Schema<unknown>>;
type OptionalKeys<S extends Shape> = { [K in keyof S]: S[K] extends Optional<unknown> ? K : never }[keyof S];
type Simplify<T> = { [K in keyof T]: T[K] } & {};
export type ObjectOf<S extends Shape> = Simplify<
  { [K in Exclude<keyof S, OptionalKeys<S>>]: Infer<S[K]> } & { [K in OptionalKeys<S>]?: Infer<S[K]> }
>;

/** An object with the declared fields (missing optional fields stay absent; undeclared fields are dropped). */
export const object = <S extends Shape>(shape: S): Schema<ObjectOf<S>> =>
  schema((v, path) => {
    if (!isRecord(v)) return fail(`${path}: expected an object`);
    const out: Record<string, unknown> = {};
    for (const key of Object.keys(shape)) {
      const field = shape[key]!;
      const r = field.parse(Object.hasOwn(v, key) ? v[key] : undefined, `${path}.${key}`);
      if (!r.ok) return r;
      if (r.value !== undefined) out[key] = r.value;
    }
    return ok(out as ObjectOf<S>);
  });

/** A schema with an extra condition on the parsed value (`check` returns what is wrong, or null). */
export const refine = <T>(s: Schema<T>, check: (v: T) => string | null): Schema<T> =>
  schema((v, path) => {
    const r = s.parse(v, path);
    if (!r.ok) return r;
    const err = check(r.value);
    return err ? fail(`${path}: ${err}`) : r;
  });

/** A schema from a parser written elsewhere (a feature's own validator). */
export const custom = <T>(parse: (v: unknown) => Result<T>): Schema<T> =>
  schema((v, path) => {
    const r = parse(v);
    return r.ok ? r : fail(`${path}: ${r.error}`);
  });

/** No parameters. */
export const empty = object({});
