/**
 * The write routes' own storage ceilings of `npm run bench:e2e`: each route's storage
 * operations, called directly through the project's adapters (the ports of shared/feedback and
 * shared/chat, implemented by DynamoVoteStore and DynamoConversationStore), with fresh inputs
 * shaped as the route stores them. No HTTP, no handler, no middleware, no masking, no bot in the
 * timed calls: what is left is the storage work the route must do, so the route's throughput
 * ÷ this one is what the service adds on top of it.
 *
 * The calls take the ports, not a client, so the unit tests can run them on fakes; bench/e2e.ts
 * hands them the DynamoDB adapters over a raw DocumentClient on the runtime's DynamoDB Local.
 */
import { type ChatMessage, type Conversation, MAX_QUESTIONS } from '../shared/chat/conversation.ts';
import type { ConversationStore, CountedEvent } from '../shared/chat/ports.ts';
import { type ClientInfo, describeClient } from '../shared/chat/user-agent.ts';
import { keyedHash, newId, randomSecret, randomToken } from '../shared/crypto.ts';
import { counterDelta, type StoredVote } from '../shared/feedback/feedback.ts';
import type { VoteStore } from '../shared/feedback/ports.ts';
import { SECONDS_PER_DAY } from '../shared/retention.ts';
import { type Clock, epochSeconds, osloDay, osloTimestamp, systemClock } from '../shared/time.ts';
import { BROWSER, SITE, votedPage, voteFound } from './e2e-plan.ts';

/** One call of a storage ceiling; `worker` (0 … calls in flight − 1) is the loop that makes it. */
export type StorageCall = (worker: number) => Promise<void>;

/** Messages a conversation holds, as the chat use cases bound it (a question and its answer each). */
export const MAX_MESSAGES = MAX_QUESTIONS * 2;

/** The demo site's chat retention in infra/local/runtime.ts (the conversations' TTL only). */
const DEMO_CHAT_RETENTION_DAYS = 21;

/** A vote without a comment is kept two days, as the feedback use case keeps it. */
const VOTE_KEEP_SECONDS = 2 * SECONDS_PER_DAY;

/** The address the votes come from (it only goes into the voter's keyed hash, as in the route). */
const SOURCE_IP = '127.0.0.1';

/**
 * A storage call that was answered but refused (a vote not saved, a conversation gone or full,
 * an append rejected): counted under `kind`, like an SDK error's name, so it fails the run.
 */
export function refusal(kind: string): Error {
  const error = new Error(kind);
  error.name = kind;
  return error;
}

/**
 * Vote number `n` as the feedback route stores a visitor's first vote on the page: no comment,
 * no language (the bench's votes send neither), the voter's keyed hash under the day's `salt`
 * from a visitor of its own, a fresh id.
 */
function ceilingVote(n: number, origin: string, salt: Uint8Array, now: Date): StoredVote {
  const url = votedPage(origin);
  return {
    siteId: SITE,
    day: osloDay(now),
    voterKey: keyedHash(salt, SITE, url, SOURCE_IP, `${BROWSER} bench-storage/${n}`),
    id: newId(),
    url,
    found: voteFound(n),
    at: osloTimestamp(now),
    expiresAt: epochSeconds(now) + VOTE_KEEP_SECONDS,
  };
}

/** Saves a fresh vote per call, over none (its first vote), with what it adds to the counters. */
export function voteCeiling(votes: VoteStore, origin: string, clock: Clock = systemClock): StorageCall {
  const salt = randomSecret();
  let n = 0;
  return async () => {
    const vote = ceilingVote(n++, origin, salt, clock.now());
    const outcome = await votes.save(vote, undefined, counterDelta(undefined, vote));
    if (!outcome.saved) throw refusal('vote refused');
  };
}

const benchClient = (): ClientInfo => describeClient(BROWSER);

/**
 * A new conversation as the start route makes it for the bench's browser, in Bokmål, without a
 * start page. Its token hash has the shape of the route's (an HMAC-SHA-256 in base64url); no
 * token is handed out, so any 256 random bits will do.
 */
function ceilingConversation(now: Date, client: ClientInfo = benchClient()): Conversation {
  return {
    id: newId(),
    siteId: SITE,
    tokenHash: randomToken(),
    startedAt: osloTimestamp(now),
    expiresAt: epochSeconds(now) + DEMO_CHAT_RETENTION_DAYS * SECONDS_PER_DAY,
    day: osloDay(now),
    lang: 'nb',
    platform: client.platform,
    browser: client.browser,
    messageCount: 0,
  };
}

/** What a start counts: the conversation, with the platform and browser name. */
const startCounted = (conversation: Conversation, client: ClientInfo): CountedEvent => ({
  day: conversation.day,
  event: { type: 'conversation', platform: client.platform, browser: client.browserName },
});

/** Creates a fresh conversation per call, counted as the start route counts it. */
export function startCeiling(
  store: Pick<ConversationStore, 'create'>,
  clock: Clock = systemClock,
): StorageCall {
  const client = benchClient();
  return async () => {
    const conversation = ceilingConversation(clock.now(), client);
    await store.create(conversation, startCounted(conversation, client));
  };
}

/**
 * One of the bench's questions as stored (masked) with the bot's answer to it, worked out
 * beforehand by bench/e2e-turns.ts (masking and the bot are not storage work).
 */
export interface CeilingTurn {
  question: { text: string; rulesetVersion: number };
  answer: { text: string; intent: string; answered: boolean };
}

/** A question and its answer, next in the conversation, as the message route appends them. */
function ceilingMessages(conversation: Conversation, turn: CeilingTurn, at: string): ChatMessage[] {
  return [
    {
      seq: conversation.messageCount + 1,
      role: 'user',
      text: turn.question.text,
      at,
      rulesetVersion: turn.question.rulesetVersion,
    },
    {
      seq: conversation.messageCount + 2,
      role: 'bot',
      text: turn.answer.text,
      intent: turn.answer.intent,
      at,
    },
  ];
}

/** Runs `create` for `count` items, `inFlight` at a time; the first failure fails them all. */
async function inBatches(count: number, inFlight: number, create: (i: number) => Promise<void>) {
  let next = 0;
  const worker = async () => {
    while (next < count) await create(next++);
  };
  await Promise.all(Array.from({ length: Math.min(inFlight, count) }, worker));
}

export interface MessageCeilingOptions {
  /** Conversations created beforehand (untimed); a multiple of `inFlight` spreads them evenly. */
  conversations: number;
  /** Calls in flight: worker `w` goes round its own share of the conversations. */
  inFlight: number;
  /** The questions and answers to store, in turn (bench/e2e-turns.ts). */
  turns: readonly CeilingTurn[];
  clock?: Clock;
}

/**
 * Creates the conversations (untimed), then answers the call that stores a question: the
 * route's `find` (the conversation as it is now), then its `append` of the question and the
 * answer, counted. Each worker goes round conversations of its own, so no two calls race on
 * one (the route's questions do not either); one gone, full or refused is a failure.
 */
export async function messageCeiling(
  store: Pick<ConversationStore, 'create' | 'find' | 'append'>,
  options: MessageCeilingOptions,
): Promise<StorageCall> {
  const { inFlight, turns, clock = systemClock } = options;
  if (turns.length === 0) throw new Error('the message ceiling needs at least one question');
  const client = benchClient();
  const shares: string[][] = Array.from({ length: inFlight }, () => []);
  await inBatches(options.conversations, inFlight, async (i) => {
    const conversation = ceilingConversation(clock.now(), client);
    await store.create(conversation, startCounted(conversation, client));
    shares[i % inFlight]?.push(conversation.id);
  });
  const rounds = shares.map(() => 0);
  let questions = 0;
  return async (worker) => {
    const share = shares[worker] ?? [];
    const round = rounds[worker] ?? 0;
    rounds[worker] = round + 1;
    const id = share[round % share.length];
    if (id === undefined) throw refusal('no conversation for this call');
    const now = clock.now();
    const nowSeconds = epochSeconds(now);
    const conversation = await store.find(id, nowSeconds);
    if (!conversation) throw refusal('conversation not found');
    if (conversation.messageCount + 2 > MAX_MESSAGES) throw refusal('conversation full');
    const turn = turns[questions++ % turns.length] as CeilingTurn;
    const outcome = await store.append(
      conversation,
      ceilingMessages(conversation, turn, osloTimestamp(now)),
      nowSeconds,
      MAX_MESSAGES,
      {
        day: osloDay(now),
        event: { type: 'message', intent: turn.answer.intent, answered: turn.answer.answered },
      },
    );
    if (outcome !== 'stored') throw refusal('append rejected');
  };
}
