/** Every request's spec, from each feature's own table: a request type without one is a compile error. */
import { learnMessages } from '../learn/messages';
import { engineMessages, providerMessages } from '../providers/messages';
import { baseMessages, type MessageSpecs } from '../shared/messages';

export const specs: MessageSpecs = { ...baseMessages, ...learnMessages, ...providerMessages, ...engineMessages };
