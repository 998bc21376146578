import { describe, expect, it } from 'vitest';
import {
  chatCounterAttribute,
  chatCounterIncrements,
  chatDayCounts,
} from '#shared/adapters/dynamodb/keys/counters-table';

describe('chatCounterIncrements', () => {
  it('counts a conversation with its platform and browser name (no version)', () => {
    expect(chatCounterIncrements({ type: 'conversation', platform: 'mobile', browser: 'Safari' })).toEqual({
      conversations: 1,
      [chatCounterAttribute.platform('mobile')]: 1,
      [chatCounterAttribute.browser('Safari')]: 1,
    });
  });

  it('counts an answered message by intent and a fallback separately', () => {
    expect(chatCounterIncrements({ type: 'message', intent: 'kindergarten', answered: true })).toEqual({
      messages: 1,
      [chatCounterAttribute.intent('kindergarten')]: 1,
      answered: 1,
    });
    expect(chatCounterIncrements({ type: 'message', intent: 'fallback', answered: false })).toEqual({
      messages: 1,
      [chatCounterAttribute.intent('fallback')]: 1,
      fallback: 1,
    });
  });
});

describe('chatDayCounts', () => {
  it('reads back what the increments wrote, as typed counts by label', () => {
    const item = {
      pk: 'ignored',
      sk: '2026-11-23',
      day: '2026-11-23',
      ...chatCounterIncrements({ type: 'conversation', platform: 'mobile', browser: 'Safari' }),
      ...chatCounterIncrements({ type: 'message', intent: 'kindergarten', answered: true }),
    };

    expect(chatDayCounts(item)).toEqual({
      day: '2026-11-23',
      conversations: 1,
      messages: 1,
      answered: 1,
      fallback: 0,
      downloads: 0,
      deletions: 0,
      intents: { kindergarten: 1 },
      platforms: { mobile: 1 },
      browsers: { Safari: 1 },
    });
  });

  it('ignores attributes that are not counts', () => {
    expect(chatDayCounts({ sk: '2026-11-23', day: '2026-11-23', note: 'x', messages: 2 })).toMatchObject({
      day: '2026-11-23',
      messages: 2,
      intents: {},
    });
  });
});
