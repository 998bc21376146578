import { IntentMatcherBot } from './intent-matcher.ts';
import type { BotEngine } from './ports.ts';

/** The engine the chat functions use unless another is plugged in. */
export function defaultBot(): BotEngine {
  return new IntentMatcherBot();
}
