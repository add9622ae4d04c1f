/**
 * Keys of the hover glossary: the scan modifier, and Esc / A / C / S / K while a tooltip is open. Keys typed into the page's
 * inputs and editors are never taken, and nothing here stops a key from reaching the page.
 */
import type { ScanModifier } from '../shared/settings';

export interface ModifierState {
  shiftKey: boolean;
  altKey: boolean;
  ctrlKey: boolean;
}

export type KeyAction = 'close' | 'next' | 'copy' | 'save' | 'known';

const MODIFIER_KEY: Record<Exclude<ScanModifier, 'none'>, string> = { shift: 'Shift', alt: 'Alt', ctrl: 'Control' };

/** True when the setting's scan modifier is held (always, for 'none'). */
export function modifierHeld(modifier: ScanModifier, s: ModifierState): boolean {
  switch (modifier) {
    case 'none':
      return true;
    case 'shift':
      return s.shiftKey;
    case 'alt':
      return s.altKey;
    case 'ctrl':
      return s.ctrlKey;
  }
}

/** True when this key event presses or releases the scan modifier itself. */
export function isModifierKey(modifier: ScanModifier, e: KeyboardEvent): boolean {
  return modifier !== 'none' && e.key === MODIFIER_KEY[modifier];
}

/** True when keys typed at `target` belong to the page: a text field, a select, or anything contenteditable. */
export function isEditable(target: EventTarget | null): boolean {
  const el = target as (Element & { isContentEditable?: boolean }) | null;
  if (!el || el.nodeType !== Node.ELEMENT_NODE) return false;
  if (el.isContentEditable) return true;
  return typeof el.closest === 'function' && el.closest('input, textarea, select') !== null;
}

/** What a key pressed while the tooltip is open asks for, or null when the key is the page's. */
export function keyAction(e: KeyboardEvent): KeyAction | null {
  if (e.isComposing || e.defaultPrevented) return null;
  if (e.key === 'Escape') return 'close'; // closing our tooltip on Esc takes nothing from the page: no preventDefault
  if (e.ctrlKey || e.metaKey || e.altKey || e.repeat) return null;
  // the innermost target, so an input inside a page's own shadow DOM counts as an input
  if (isEditable(e.composedPath()[0] ?? e.target)) return null;
  const key = e.key.toLowerCase();
  return key === 'a' ? 'next' : key === 'c' ? 'copy' : key === 's' ? 'save' : key === 'k' ? 'known' : null;
}
