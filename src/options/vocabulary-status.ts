/** The status line under the vocabulary list. */
import type { SavedWord } from '../learn/types';

export interface Status {
  text: string;
  /** a deleted word the status line offers to restore */
  undo?: SavedWord;
}
