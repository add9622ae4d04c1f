/** The English providers' requests (answered by background/providers.ts), merged into RequestMap. */
import { defineMessages, reply, type MessagesOf } from '../shared/message-spec';
import type { EngineEnglish, EngineStatus } from '../shared/engine-status';
import { array, empty, int, object, optional, refine, str } from '../shared/schema';
import type { ModelOutcome } from './outcome';

export const providerMessages = defineMessages({
  /** the tab's summary rewritten by the configured model endpoint, or why the offline gist stays */
  improveSummary: { from: 'extension', params: object({ tabId: int() }), reply: reply<ModelOutcome>() },
  /** the options page's "Test connection": a two-sentence sample through the same path */
  testEndpoint: { from: 'extension', params: empty, reply: reply<ModelOutcome>() },
});

const span = refine(object({ start: int(), end: int() }), (x) => (x.start <= x.end ? null : 'start after end'));

/** The neural engine (background/bergamot.ts): the stored model, the engine's start, English by sentence. */
export const engineMessages = defineMessages({
  /** the bilingual column asks it too (a page's script: anyFrame) */
  engineStatus: { from: 'anyFrame', params: empty, reply: reply<EngineStatus>() },
  /** starts the engine without a model; how long its WebAssembly took to start, in ms */
  engineBoot: { from: 'extension', params: empty, reply: reply<{ ms: number }>() },
  /** frees the engine (after the model was removed) */
  engineUnload: { from: 'extension', params: empty, reply: reply<true>() },
  /** English for each sentence span of `text`, from the downloaded model; fails with 'noModel' when there is none */
  engineEnglish: {
    from: 'anyFrame',
    params: refine(object({ text: str(2_000_000), title: optional(str(2000)), sentences: array(span, 2000) }), (p) =>
      p.sentences.every((x) => x.end <= p.text.length) ? null : 'a sentence span lies outside the text',
    ),
    reply: reply<EngineEnglish>(),
  },
});

declare module '../shared/messages' {
  interface RequestMap extends MessagesOf<typeof providerMessages>, MessagesOf<typeof engineMessages> {}
}
