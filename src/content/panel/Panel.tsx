/** The on-page summary panel: headline, points (click to see the Arabic they rest on), key entities. */
import type { TFunction } from 'i18next';
import type { ArticleAnalysis } from '../../shared/messages';
import { trusted } from '../guard';

export interface PanelProps {
  article: ArticleAnalysis;
  t: TFunction;
  onEvidence: (start: number, end: number) => void;
  /** reads the Arabic sentence [start, end) aloud; absent when the browser has no Arabic voice */
  onSpeak?: (start: number, end: number) => void;
  onClose: () => void;
}

export function Panel({ article, t, onEvidence, onSpeak, onClose }: PanelProps) {
  const { summary } = article;
  return (
    <aside class="panel" role="complementary" aria-label={t('panel.title')}>
      <header>
        <strong>{t('panel.title')}</strong>
        <button type="button" class="close" onClick={trusted(onClose)} aria-label={t('panel.close')}>
          ×
        </button>
      </header>
      {summary.headline && (
        <h2 class="headline" lang="en" dir="ltr">
          {summary.headline}
        </h2>
      )}
      <p class="gist-note">{t('panel.gist')}</p>
      <ol class="points" lang="en" dir="ltr">
        {summary.points.map((p, i) => (
          <li key={i}>
            <button
              type="button"
              class="point"
              onClick={trusted(() => p.evidence[0] && onEvidence(p.evidence[0].start, p.evidence[0].end))}
            >
              {p.text}
            </button>
            {onSpeak && p.evidence[0] && (
              <button
                type="button"
                class="speak"
                title={t('aids.speakSentence')}
                aria-label={t('aids.speakSentence')}
                onClick={trusted(() => p.evidence[0] && onSpeak(p.evidence[0].start, p.evidence[0].end))}
              >
                🔊
              </button>
            )}
          </li>
        ))}
      </ol>
      {article.entities.length > 0 && (
        <ul class="entities">
          {article.entities.slice(0, 12).map((e, i) => (
            <li key={i}>
              <span class={`dot dot-${e.type.toLowerCase()}`} aria-hidden="true" />
              <span lang="en">{e.english}</span>{' '}
              <bdi lang="ar" dir="rtl">
                {e.arabic}
              </bdi>
              {e.role && <span class="role"> — {e.role}</span>}
            </li>
          ))}
        </ul>
      )}
    </aside>
  );
}

export const PANEL_CSS = `
.panel { position: fixed; top: 12px; right: 12px; width: min(360px, calc(100vw - 24px)); max-height: calc(100vh - 24px);
  overflow: auto; pointer-events: auto; box-sizing: border-box; padding: 10px 14px; border-radius: 12px;
  background: #fffdf8; color: #1d232a; border: 1px solid #d6dde3; box-shadow: 0 8px 30px rgba(0,0,0,.2);
  font: 13px/1.5 system-ui, sans-serif; }
.dark .panel { background: #1f2428; color: #e8edf1; border-color: #3a454c; }
@media (prefers-color-scheme: dark) { .auto .panel { background: #1f2428; color: #e8edf1; border-color: #3a454c; } }
.panel header { display: flex; justify-content: space-between; align-items: center; }
.panel .close { font-size: 20px; background: none; border: 0; cursor: pointer; color: inherit; }
.panel .headline { font-size: 15px; margin: 6px 0; }
.panel .gist-note { font-size: 11px; opacity: .75; margin: 0 0 6px; }
.panel .points { padding-inline-start: 18px; }
.panel .point { all: unset; cursor: pointer; }
.panel .point:hover, .panel .point:focus-visible { text-decoration: underline; outline: none; }
.panel .speak { font: inherit; font-size: 12px; background: none; border: 0; cursor: pointer; padding: 0 4px; }
.panel .entities { list-style: none; padding: 0; margin: 8px 0 0; }
.panel .dot { display: inline-block; width: 8px; height: 8px; border-radius: 50%; margin-inline-end: 6px; background: #888; }
.panel .dot-person { background: #db2777; } .panel .dot-location { background: #2563eb; } .panel .dot-organization { background: #ca8a04; }
.panel .role { opacity: .75; }
`;
