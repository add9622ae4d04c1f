/**
 * `--provider openai`: rewrite the summary's English with a configured OpenAI-compatible endpoint (a local Ollama or
 * LM Studio, or a hosted one). The endpoint comes from --base-url / --model or TARJUMAN_BASE_URL / TARJUMAN_MODEL;
 * the key only from the environment (TARJUMAN_API_KEY), never from the command line. On any failure the offline
 * gist stays and one line on standard error says why.
 */
import type { Summary, TextAnalysis } from '../core/model';
import { improveWithModel } from '../providers/openai';
import { DEFAULT_SETTINGS, sanitizeSettings } from '../shared/settings';

export interface ProviderOptions {
  provider: string;
  baseUrl?: string;
  model?: string;
}

export async function improveSummary(a: TextAnalysis, opts: ProviderOptions, warn: (line: string) => void): Promise<Summary> {
  if (opts.provider === 'offline') return a.summary;
  if (opts.provider !== 'openai') {
    warn(`unknown provider "${opts.provider}" (use openai or offline); showing the offline gist`);
    return a.summary;
  }
  const settings = sanitizeSettings({
    ...DEFAULT_SETTINGS,
    provider: 'openai',
    openai: {
      baseUrl: opts.baseUrl ?? process.env.TARJUMAN_BASE_URL ?? DEFAULT_SETTINGS.openai.baseUrl,
      model: opts.model ?? process.env.TARJUMAN_MODEL ?? '',
      apiKey: process.env.TARJUMAN_API_KEY ?? '',
    },
  });
  const outcome = await improveWithModel(
    settings,
    { text: a.text, sentences: a.sentences, title: a.title },
    // asking for the provider on the command line is the user's grant
    { fetch, hasPermission: async () => true },
  );
  if (outcome.kind === 'improved') return outcome.summary;
  warn(`the model endpoint was not used (${outcome.reason}${outcome.status ? ` ${outcome.status}` : ''}); showing the offline gist`);
  return a.summary;
}
