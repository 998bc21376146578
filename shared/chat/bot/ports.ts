import type { Language } from '../../sites.ts';

export interface BotTurn {
  role: 'user' | 'bot';
  text: string;
  intent?: string;
}

export interface BotReply {
  text: string;
  /** The intent answered; `fallback` when the bot could not answer. */
  intent: string;
  answered: boolean;
}

/**
 * Where answers come from. The chat log stores whatever an engine answers with its intent, so
 * another engine (an external bot over HTTP, say) plugs in here without touching the log.
 * `text` is the visitor's unmasked message, held in memory only: an engine must not store it.
 */
export interface BotEngine {
  greeting(siteId: string, lang: Language): { text: string };
  reply(input: {
    siteId: string;
    lang: Language;
    text: string;
    history?: readonly BotTurn[];
  }): Promise<BotReply>;
}
