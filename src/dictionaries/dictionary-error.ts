/** Why a dictionary could not be imported: a code the options page turns into a sentence in the user's language. */
export type DictionaryErrorCode =
  'notZip' | 'tooLarge' | 'tooManyTerms' | 'noIndex' | 'badIndex' | 'unsupportedFormat' | 'badJson' | 'badTerms' | 'noTerms' | 'storage';

export class DictionaryError extends Error {
  constructor(
    readonly code: DictionaryErrorCode,
    /** the file, entry or limit concerned (shown after the sentence) */
    readonly detail = '',
  ) {
    super(detail ? `${code}: ${detail}` : code);
    this.name = 'DictionaryError';
  }
}
