import { describe, expect, it } from 'vitest';
import { chatCounterIncrements } from '#shared/adapters/dynamodb/chat-counters';

describe('chatCounterIncrements', () => {
  it('counts a conversation with its platform and browser name (no version)', () => {
    expect(chatCounterIncrements({ type: 'conversation', platform: 'mobile', browser: 'Safari' })).toEqual({
      conversations: 1,
      'platform#mobile': 1,
      'browser#Safari': 1,
    });
  });

  it('counts an answered message by intent and a fallback separately', () => {
    expect(chatCounterIncrements({ type: 'message', intent: 'kindergarten', answered: true })).toEqual({
      messages: 1,
      'intent#kindergarten': 1,
      answered: 1,
    });
    expect(chatCounterIncrements({ type: 'message', intent: 'fallback', answered: false })).toEqual({
      messages: 1,
      'intent#fallback': 1,
      fallback: 1,
    });
  });
});
