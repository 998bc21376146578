import { mask } from '#shared/anonymizer/anonymizer';
import type { ChatMessage, Conversation } from '#shared/chat/conversation';
import type { AppendOutcome, ChatEvent, ConversationStore, CountedEvent } from '#shared/chat/ports';
import { describeClient } from '#shared/chat/user-agent';
import { pageOnSite } from '#shared/page-url';

/** The readers of visitors' input that the chat functions get between them (a test of every use case needs all). */
export const VISITOR_READERS = { mask, pageOnSite, describeClient } as const;

/** The conversation store in memory, with the conditional writes the DynamoDB one makes. */
export class InMemoryConversations implements ConversationStore {
  readonly conversations = new Map<string, Conversation>();
  readonly messages = new Map<string, ChatMessage[]>();
  /** Rejections to answer before the real behaviour, each with what happened meanwhile, to simulate races. */
  readonly scripted: (() => void)[] = [];

  /** `counted` receives the events counted with the writes, as the DynamoDB store's transactions do. */
  constructor(readonly counted: ChatEvent[] = []) {}

  async create(conversation: Conversation, counted: CountedEvent) {
    this.conversations.set(conversation.id, { ...conversation });
    this.counted.push(counted.event);
  }
  async find(id: string, now: number) {
    const found = this.conversations.get(id);
    return found && found.expiresAt > now ? { ...found } : undefined;
  }
  async findWithMessages(id: string, now: number) {
    const conversation = await this.find(id, now);
    return conversation && { conversation, messages: [...(this.messages.get(id) ?? [])] };
  }
  async append(
    conversation: Conversation,
    messages: ChatMessage[],
    now: number,
    max: number,
    counted: CountedEvent,
  ): Promise<AppendOutcome> {
    const meanwhile = this.scripted.shift();
    if (meanwhile) {
      meanwhile();
      return 'rejected';
    }
    const current = await this.find(conversation.id, now);
    if (!current || current.messageCount !== conversation.messageCount) return 'rejected';
    if (current.messageCount + messages.length > max) return 'rejected';
    this.conversations.set(conversation.id, {
      ...current,
      messageCount: current.messageCount + messages.length,
    });
    this.messages.set(conversation.id, [...(this.messages.get(conversation.id) ?? []), ...messages]);
    this.counted.push(counted.event);
    return 'stored';
  }
  async forget(id: string) {
    this.messages.delete(id);
    return this.conversations.delete(id);
  }
}
