/** The handlers of the neural engine's requests (providers/messages.ts `engineMessages`), answered by bergamot.ts. */
import type { engineMessages } from '../providers/messages';
import type { Handlers } from '../shared/messages';
import { fail, ok } from '../shared/result';
import { engineCall, engineEnglish, engineStatus } from './bergamot';

export const engineHandlers: Handlers<keyof typeof engineMessages> = {
  engineStatus: async () => ok(await engineStatus()),
  engineBoot: async () => {
    const a = await engineCall({ op: 'boot' });
    return a.ok ? ok({ ms: a.ms ?? 0 }) : fail(a.message ?? a.error);
  },
  engineUnload: async () => {
    const a = await engineCall({ op: 'unload' });
    return a.ok ? ok(true as const) : fail(a.message ?? a.error);
  },
  engineEnglish: async (p) => ok(await engineEnglish(p)),
};
