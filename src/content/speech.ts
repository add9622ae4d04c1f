/**
 * Read aloud: speechSynthesis with an Arabic voice, when the browser has one. Voices load asynchronously, so views
 * subscribe and repaint when an Arabic voice appears (or goes); nothing is offered without one.
 */
import { guarded } from './guard';

export class Speaker {
  private voice: SpeechSynthesisVoice | null = null;
  private started = false;
  private readonly listeners = new Set<() => void>();

  constructor(private readonly win: Window) {}

  private get synth(): SpeechSynthesis | undefined {
    return (this.win as Window & { speechSynthesis?: SpeechSynthesis }).speechSynthesis;
  }

  /** True when an Arabic voice exists. */
  get available(): boolean {
    return this.voice !== null;
  }

  /** Calls `cb` whenever the Arabic voice appears or goes; starts looking for voices on first use. */
  watch(cb: () => void): void {
    this.listeners.add(cb);
    if (this.started) return;
    this.started = true;
    const synth = this.synth;
    if (!synth) return;
    synth.addEventListener('voiceschanged', this.pick);
    this.pick();
  }

  private readonly pick = guarded((): void => {
    const voice = this.synth?.getVoices().find((v) => v.lang.toLowerCase().startsWith('ar')) ?? null;
    if (voice === this.voice) return;
    this.voice = voice;
    for (const cb of this.listeners) cb();
  });

  speak(text: string): void {
    const synth = this.synth;
    const voice = this.voice;
    if (!synth || !voice || !text.trim()) return;
    synth.cancel();
    const u = new SpeechSynthesisUtterance(text);
    u.voice = voice;
    u.lang = voice.lang;
    synth.speak(u);
  }
}

const speakers = new WeakMap<Window, Speaker>();

/** The window's one speaker. */
export function speakerOf(win: Window): Speaker {
  let s = speakers.get(win);
  if (!s) speakers.set(win, (s = new Speaker(win)));
  return s;
}
