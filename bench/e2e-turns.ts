/**
 * What the messages' storage ceiling stores (bench/e2e-storage.ts): the bench's questions
 * masked as the message route masks them, and the default bot's answers, worked out once
 * beforehand, untimed. Apart from e2e-storage.ts so that its unit tests need no anonymizer.
 */
import { mask } from '../shared/anonymizer/anonymizer.ts';
import { defaultBot } from '../shared/chat/bot/default-bot.ts';
import { QUESTIONS, SITE } from './e2e-plan.ts';
import type { CeilingTurn } from './e2e-storage.ts';

/** Each of the bench's questions, masked, with the bot's answer (the route's, message for message). */
export async function ceilingTurns(): Promise<CeilingTurn[]> {
  const bot = defaultBot();
  return Promise.all(
    QUESTIONS.map(async (text) => {
      // The demo site's own name (Frida) is in none of the questions, so no options are needed.
      const masked = mask(text.trim());
      const reply = await bot.reply({ siteId: SITE, lang: 'nb', text });
      return {
        question: { text: masked.text, rulesetVersion: masked.rulesetVersion },
        answer: { text: reply.text, intent: reply.intent, answered: reply.answered },
      };
    }),
  );
}
