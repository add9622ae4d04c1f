/**
 * Every request's handler, from each feature's own table, and the dispatch to them. A request type without a handler
 * is a compile error; what arrives is parsed against its spec (specs.ts, the sender included) first.
 */
import type { Caller } from '../shared/message-spec';
import { parseEnvelope, type Handlers, type Params, type Reply, type RequestType } from '../shared/messages';
import { errorMessage, fail } from '../shared/result';
import { engineHandlers } from './engine-handlers';
import { baseHandlers } from './handlers';
import { learnHandlers } from './learn';
import { providerHandlers } from './providers';
import { specs } from './specs';

const handlers: Handlers = { ...baseHandlers, ...learnHandlers, ...providerHandlers, ...engineHandlers };

async function dispatch<K extends RequestType>(type: K, params: Params<K>, caller: Caller): Promise<Reply<K>> {
  try {
    return await handlers[type](params, caller);
  } catch (e) {
    return fail(errorMessage(e));
  }
}

/** The reply to an incoming message, or undefined when it is not a Tarjuman request (another listener may answer). */
export function route(msg: unknown, caller: Caller): Promise<Reply<RequestType>> | undefined {
  const env = parseEnvelope(msg, caller, specs);
  if (!env) return undefined;
  if (!env.ok) return Promise.resolve(env);
  return dispatch(env.value.type, env.value.params, caller);
}
