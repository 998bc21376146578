import { FALLBACK_INTENT } from '../chat/bot/ports.ts';
import type { ChatMessage } from '../chat/conversation.ts';
import { compareText } from '../text.ts';
import type { UnansweredPage } from './responses.ts';

/**
 * Conversations read per page of a day's unanswered questions. A page groups the questions of
 * its own conversations only: a question asked again in a conversation of a later page counts
 * there, so a reader who wants the whole day adds up the pages' items under `questionKey`.
 */
export const UNANSWERED_PAGE_SIZE = 50;

/** Punctuation and spaces at the end that do not make a question another one ("Hvor?" is "hvor"). */
const TRAILING = /[\s.,;:!?…‽¡¿]+$/u;

/**
 * The form under which repeats are one question: Unicode-normalised, case folded, runs of
 * whitespace made one space, and trailing punctuation left out. A question that is nothing but
 * punctuation is its own key.
 */
export function questionKey(text: string): string {
  const folded = text.normalize('NFKC').toLocaleLowerCase('nb').replace(/\s+/gu, ' ').trim();
  return folded.replace(TRAILING, '') || folded;
}

type Item = UnansweredPage['items'][number];

/**
 * The visitors' questions the bot answered with its fallback, repeats grouped under
 * `questionKey`: each group shows its latest wording as stored (masked), how often it was
 * asked and when last; most frequent first, then the latest. Also names the conversations
 * whose questions it shows (for the audit trail).
 */
export function unansweredQuestions(
  conversations: readonly { conversationId: string; messages: readonly ChatMessage[] }[],
): { items: Item[]; conversationIds: string[] } {
  const groups = new Map<string, Item & { lastMs: number }>();
  const shown = new Set<string>();
  for (const { conversationId, messages } of conversations) {
    const bySeq = new Map(messages.map((m) => [m.seq, m]));
    for (const question of messages) {
      if (question.role !== 'user') continue;
      const reply = bySeq.get(question.seq + 1);
      if (reply?.role !== 'bot' || reply.intent !== FALLBACK_INTENT) continue;
      shown.add(conversationId);
      const key = questionKey(question.text);
      const at = Date.parse(question.at);
      const group = groups.get(key);
      if (!group) {
        groups.set(key, { text: question.text, count: 1, lastAt: question.at, lastMs: at });
        continue;
      }
      group.count++;
      if (at > group.lastMs) Object.assign(group, { text: question.text, lastAt: question.at, lastMs: at });
    }
  }
  const items = [...groups.values()]
    .sort((a, b) => b.count - a.count || b.lastMs - a.lastMs || compareText(a.text, b.text))
    .map(({ text, count, lastAt }) => ({ text, count, lastAt }));
  return { items, conversationIds: [...shown] };
}
