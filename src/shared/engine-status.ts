/** What the background tells the views about the neural engine (the message contract carries these). */

export interface EngineStatus {
  /** the stored model, or null when there is none */
  model: { version: string; source: string; size: number; storedAt: number; files: number } | null;
  /** the engine's worker is started */
  running: boolean;
  /** the model is loaded into it */
  loaded: boolean;
}

export interface EngineEnglish {
  /** one English line per sentence asked for */
  english: string[];
  /** the sentences where a name, figure or date of our analysis had to be added back */
  repaired: number[];
}
