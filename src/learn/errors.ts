/**
 * Errors of the learning tools travel as Result strings `code: detail`, so views can show a translated message for
 * the code and keep the English detail for the curious.
 */
export const LEARN_ERROR_CODES = [
  'storageFull',
  'storageError',
  'newerVersion',
  'notFound',
  'invalid',
  'importInvalid',
  'ankiNotRunning',
  'ankiDenied',
  'ankiNoAccess',
  'ankiError',
] as const;

export type LearnErrorCode = (typeof LEARN_ERROR_CODES)[number];

export const learnError = (code: LearnErrorCode, detail: string): string => `${code}: ${detail}`;

/** The code of a learning-tools error, or null for any other error string. */
export function learnErrorCode(error: string): LearnErrorCode | null {
  const code = error.slice(0, error.indexOf(':'));
  return (LEARN_ERROR_CODES as readonly string[]).includes(code) ? (code as LearnErrorCode) : null;
}

/** The detail of a learning-tools error (the whole string for any other error). */
export const learnErrorDetail = (error: string): string => (learnErrorCode(error) ? error.slice(error.indexOf(':') + 1).trim() : error);
