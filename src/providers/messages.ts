/** The English providers' requests (answered by background/providers.ts), merged into RequestMap. */
import { defineMessages, reply, type MessagesOf } from '../shared/message-spec';
import { empty, int, object } from '../shared/schema';
import type { ModelOutcome } from './outcome';

export const providerMessages = defineMessages({
  /** the tab's summary rewritten by the configured model endpoint, or why the offline gist stays */
  improveSummary: { from: 'extension', params: object({ tabId: int() }), reply: reply<ModelOutcome>() },
  /** the options page's "Test connection": a two-sentence sample through the same path */
  testEndpoint: { from: 'extension', params: empty, reply: reply<ModelOutcome>() },
});

declare module '../shared/messages' {
  // eslint-disable-next-line @typescript-eslint/no-empty-object-type -- interface merging adds these requests
  interface RequestMap extends MessagesOf<typeof providerMessages> {}
}
