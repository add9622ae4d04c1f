/** Replies across contexts never throw: they are values. */
export type Result<T> = { ok: true; value: T } | { ok: false; error: string };

export const ok = <T>(value: T): Result<T> => ({ ok: true, value });
export const fail = <T = never>(error: string): Result<T> => ({ ok: false, error });

/** The message of anything thrown, for a Result. */
export const errorMessage = (e: unknown): string => (e instanceof Error ? e.message : String(e));
