import { describe, expect, it } from 'vitest';
import { FALLBACK_INTENT } from '#shared/chat/bot/ports';
import type { ChatMessage, Conversation } from '#shared/chat/conversation';
import type { StaffPrincipal } from '#shared/staff/access';
import type { AuditEntry, AuditLog, TranscriptReader } from '#shared/transcripts/ports';
import { questionKey, UNANSWERED_PAGE_SIZE, unansweredQuestions } from '#shared/transcripts/unanswered';
import { makeTranscriptReview } from '#shared/transcripts/use-cases';
import { FakeClock } from '../support/clock.ts';

/** A conversation's messages: each question followed by the bot's answer with its intent. */
function exchanges(...turns: [question: string, intent: string, at: string][]): ChatMessage[] {
  return turns.flatMap(([text, intent, at], i): ChatMessage[] => [
    { seq: 2 * i + 1, role: 'user', text, at },
    { seq: 2 * i + 2, role: 'bot', text: 'Svar', intent, at },
  ]);
}

describe('questionKey', () => {
  it('folds case, whitespace and trailing punctuation, and nothing else', () => {
    expect(questionKey('  Hvor er  LEGEVAKTEN?! ')).toBe(questionKey('hvor er legevakten'));
    expect(questionKey('Når tømmes søpla…')).toBe(questionKey('NÅR TØMMES SØPLA'));
    expect(questionKey('Hvor er legevakten?')).not.toBe(questionKey('Hvor er legevakta?'));
    expect(questionKey('Hva heter [navn]?')).toBe(questionKey('hva heter [navn]'));
    expect(questionKey('???')).toBe('???');
  });
});

describe('unansweredQuestions', () => {
  it('keeps only questions answered with the fallback, groups repeats and ranks by count, then the latest', () => {
    const result = unansweredQuestions([
      {
        conversationId: 'a',
        messages: exchanges(
          ['Kan jeg leie kano?', FALLBACK_INTENT, '2026-11-23T09:00:00+01:00'],
          ['Når tømmes søpla?', 'waste_collection', '2026-11-23T09:01:00+01:00'],
          ['Hvor er bassenget', FALLBACK_INTENT, '2026-11-23T09:02:00+01:00'],
        ),
      },
      {
        conversationId: 'b',
        messages: exchanges(['kan jeg leie  KANO', FALLBACK_INTENT, '2026-11-23T11:00:00+01:00']),
      },
      { conversationId: 'c', messages: exchanges(['Takk!', 'thanks', '2026-11-23T12:00:00+01:00']) },
      {
        conversationId: 'd',
        messages: exchanges(['Hvor er biblioteket?', FALLBACK_INTENT, '2026-11-23T10:00:00+01:00']),
      },
    ]);

    expect(result.items).toEqual([
      { text: 'kan jeg leie  KANO', count: 2, lastAt: '2026-11-23T11:00:00+01:00' },
      { text: 'Hvor er biblioteket?', count: 1, lastAt: '2026-11-23T10:00:00+01:00' },
      { text: 'Hvor er bassenget', count: 1, lastAt: '2026-11-23T09:02:00+01:00' },
    ]);
    expect(result.conversationIds.sort()).toEqual(['a', 'b', 'd']);
  });
});

describe('makeTranscriptReview: unanswered', () => {
  const conversation = (id: string, siteId = 'demo'): Conversation => ({
    id,
    siteId,
    tokenHash: 'h',
    startedAt: '2026-11-23T09:00:00+01:00',
    expiresAt: 2e9,
    day: '2026-11-23',
    lang: 'nb',
    platform: 'desktop',
    browser: 'Firefox',
    messageCount: 2,
  });
  const setup = (ids: string[]) => {
    const entries: AuditEntry[] = [];
    const asked: { limit: number; cursor?: string | undefined }[] = [];
    const reader: TranscriptReader = {
      async conversationsOfDay(_site, _day, _now, page) {
        asked.push(page);
        return { ids: ids.slice(0, page.limit), ...(ids.length > page.limit && { next: 'more' }) };
      },
      async transcript(id) {
        return {
          conversation: conversation(id, id === 'foreign' ? 'annen-kommune' : 'demo'),
          messages: exchanges([`Spørsmål fra ${id}`, FALLBACK_INTENT, '2026-11-23T09:00:00+01:00']),
        };
      },
    };
    const audit: AuditLog = {
      async record(entry) {
        entries.push(entry);
      },
      async entries() {
        return entries;
      },
    };
    const review = makeTranscriptReview({ reader, audit, clock: new FakeClock(new Date()) });
    return { review, entries, asked };
  };
  const principal: StaffPrincipal = {
    who: 'kari@demo.kommune.no',
    roles: new Set(['transcripts']),
    sites: new Set(['demo']),
  };

  it('reads a page of the day list, shows no other site’s questions and audits who read which', async () => {
    const ids = [...Array.from({ length: UNANSWERED_PAGE_SIZE }, (_, i) => `c${i}`), 'foreign', 'last'];
    const { review, entries, asked } = setup(['foreign', ...ids]);

    const page = await review.unanswered({ siteId: 'demo', principal, date: '2026-11-23', cursor: 'x' });

    expect(asked).toEqual([{ limit: UNANSWERED_PAGE_SIZE, cursor: 'x' }]);
    expect(page.next).toBe('more');
    expect(page.items).toHaveLength(UNANSWERED_PAGE_SIZE - 1);
    expect(page.items.map((item) => item.text)).not.toContain('Spørsmål fra foreign');
    expect(entries).toEqual([
      expect.objectContaining({
        siteId: 'demo',
        who: principal.who,
        action: 'unanswered',
        date: '2026-11-23',
        conversationIds: expect.not.arrayContaining(['foreign']),
      }),
    ]);
    expect(entries[0]?.conversationIds).toHaveLength(UNANSWERED_PAGE_SIZE - 1);
  });
});
