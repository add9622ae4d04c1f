/** Tooltip and panel styles, applied inside the shadow root only (nothing leaks in or out). */
export const TOOLTIP_CSS = `
:host { all: initial; }
.layer { position: fixed; inset: 0 auto auto 0; z-index: 2147483647; pointer-events: none; }
.tooltip {
  --bg: #fffdf8; --fg: #1d232a; --muted: #5b6670; --accent: #0f766e; --chip: #eef6f5; --border: #d6dde3;
  position: fixed; pointer-events: auto; box-sizing: border-box; max-width: min(380px, calc(100vw - 16px));
  min-width: 220px; max-height: min(70vh, 520px); overflow: auto; padding: 10px 12px; border-radius: 10px;
  background: var(--bg); color: var(--fg); border: 1px solid var(--border);
  box-shadow: 0 6px 24px rgba(0,0,0,.18); font: 13px/1.45 system-ui, -apple-system, "Segoe UI", Roboto, sans-serif;
  text-align: start;
}
.dark .tooltip { --bg: #1f2428; --fg: #e8edf1; --muted: #a7b1ba; --accent: #5eead4; --chip: #2a3338; --border: #3a454c; }
@media (prefers-color-scheme: dark) {
  .auto .tooltip { --bg: #1f2428; --fg: #e8edf1; --muted: #a7b1ba; --accent: #5eead4; --chip: #2a3338; --border: #3a454c; }
}
[lang="ar"], .word, .read, .lemma, .seg-ar, .phrase-ar { font-family: "Noto Naskh Arabic", "Amiri", "Geeza Pro", "Arabic Typesetting", "Times New Roman", serif; }
.word { font-size: 26px; line-height: 1.3; text-align: right; }
.word-line { display: flex; align-items: center; gap: 8px; }
.word-line .word { flex: 1; }
.learn-state { font-size: 11px; font-weight: 600; border-radius: 10px; padding: 1px 8px; white-space: nowrap; color: var(--accent); background: var(--chip); border: 1px solid var(--accent); }
.learn-known { color: var(--bg); background: var(--accent); }
.label { font-size: 11px; text-transform: uppercase; letter-spacing: .04em; color: var(--muted); }
.phrase { border-inline-start: 3px solid var(--accent); padding: 2px 8px; margin-bottom: 8px; background: var(--chip); border-radius: 6px; }
.phrase-ar { font-size: 18px; }
.phrase-gloss { font-weight: 600; }
.entity { margin-bottom: 6px; }
.entity .role, .entity .guess { color: var(--muted); }
.segments { display: flex; flex-wrap: wrap; gap: 2px 4px; direction: rtl; margin: 4px 0 6px; }
.seg { display: inline-flex; flex-direction: column; align-items: center; background: var(--chip); border-radius: 6px; padding: 1px 6px; position: relative; }
.seg-stem { font-weight: 700; }
.seg-ar { font-size: 17px; }
.seg-gloss { font-size: 11px; color: var(--muted); direction: ltr; }
.plus { position: absolute; right: -7px; top: 4px; color: var(--muted); font-size: 11px; }
.lemma-line { display: flex; flex-wrap: wrap; align-items: baseline; gap: 6px; }
.lemma { font-size: 20px; }
.translit { font-style: italic; color: var(--muted); }
.as-read { display: flex; flex-wrap: wrap; align-items: baseline; justify-content: flex-end; gap: 8px; margin-top: -2px; }
.read { font-size: 22px; }
.reading { font-style: italic; color: var(--muted); }
.pos { font-size: 11px; border: 1px solid var(--border); border-radius: 10px; padding: 0 6px; color: var(--muted); }
.features { color: var(--muted); font-size: 12px; }
.reason { color: var(--muted); font-size: 12px; font-style: italic; }
.usage-note { color: var(--muted); font-size: 12px; }
.glosses { margin: 4px 0; padding-inline-start: 18px; }
.glosses li:first-child { font-weight: 600; }
.unknown { color: var(--muted); font-style: italic; }
.root-btn { font: inherit; font-size: 15px; background: none; border: 0; color: var(--accent); cursor: pointer; padding: 0 2px; text-decoration: underline dotted; }
.root-btn:focus-visible { outline: 2px solid var(--accent); }
.root-words ul, .others ul { margin: 4px 0; padding-inline-start: 16px; }
.others summary { cursor: pointer; color: var(--muted); }
.extra { margin-top: 6px; border-top: 1px dashed var(--border); padding-top: 4px; }
.extra ul { margin: 2px 0; padding-inline-start: 16px; }
.extra .extra-dict { font-size: 11px; color: var(--muted); }
.footer { display: flex; flex-wrap: wrap; align-items: center; gap: 4px 8px; margin-top: 6px; border-top: 1px solid var(--border); padding-top: 4px; }
.footer .keys { margin: 0; border: 0; padding: 0; }
.actions { display: inline-flex; gap: 4px; }
.act { font: inherit; font-size: 11px; border: 1px solid var(--border); background: var(--chip); color: var(--fg); border-radius: 6px; padding: 1px 8px; cursor: pointer; }
.act:focus-visible { outline: 2px solid var(--accent); }
.keys { margin-top: 6px; font-size: 11px; color: var(--muted); border-top: 1px solid var(--border); padding-top: 4px; }
@media (pointer: coarse) {
  /* a finger: buttons a finger can hit (44 px), text a little larger, and room on a 360 px phone */
  .tooltip { min-width: 0; width: min(380px, calc(100vw - 16px)); font-size: 15px; }
  .act, .root-btn { min-height: 44px; min-width: 44px; font-size: 14px; padding: 0 12px; }
  .others summary { min-height: 44px; display: flex; align-items: center; }
}
`;
