/**
 * What `npm run bench:e2e` sends: its settings, the routes it measures and the HTTP request
 * of each, as plain data. Nothing here touches the network, so the unit tests can check it.
 */
import { z } from 'zod';
import { MAX_QUESTIONS } from '../shared/chat/limits.ts';

/** The bench's knobs, from the environment (`BENCH_E2E_SECONDS=8 npm run bench:e2e`). */
export interface E2eSettings {
  /** Measured seconds per route and per ceiling. */
  seconds: number;
  /** Warm-up seconds before each measurement (its figures are dropped). */
  warmupSeconds: number;
  /**
   * Seconds of load on the whole stack before the first measurement: DynamoDB Local runs on
   * the JVM, whose throughput keeps climbing for several seconds after it starts.
   */
  stackWarmupSeconds: number;
  /** Open connections (HTTP) or requests in flight (SDK), the same for every measurement. */
  connections: number;
}

const whole = (min: number, max: number, fallback: number) =>
  z.coerce.number().int().min(min).max(max).default(fallback);
const settingsSchema = z.object({
  BENCH_E2E_SECONDS: whole(1, 60, 6),
  BENCH_E2E_WARMUP_SECONDS: whole(0, 10, 1),
  BENCH_E2E_STACK_WARMUP_SECONDS: whole(0, 60, 8),
  BENCH_E2E_CONNECTIONS: whole(1, 100, 10),
});

/** Reads the settings from the environment; an invalid value fails with every problem named. */
export function readE2eSettings(env: NodeJS.ProcessEnv): E2eSettings {
  const parsed = settingsSchema.safeParse(env);
  if (!parsed.success) throw new Error(`Invalid bench settings:\n${z.prettifyError(parsed.error)}`);
  return {
    seconds: parsed.data.BENCH_E2E_SECONDS,
    warmupSeconds: parsed.data.BENCH_E2E_WARMUP_SECONDS,
    stackWarmupSeconds: parsed.data.BENCH_E2E_STACK_WARMUP_SECONDS,
    connections: parsed.data.BENCH_E2E_CONNECTIONS,
  };
}

/** The command-line options: only `--json`. */
export function readE2eArgs(argv: readonly string[]): { json: boolean } {
  const unknown = argv.filter((arg) => arg !== '--json');
  if (unknown.length > 0) throw new Error(`Unknown argument ${unknown.join(' ')}; the only option is --json`);
  return { json: argv.includes('--json') };
}

/** One HTTP request as autocannon sends it (path relative to the target's origin). */
export interface HttpCall {
  method: 'GET' | 'POST' | 'DELETE';
  path: string;
  headers: Record<string, string>;
  body?: string;
}

/** Where the requests go and who sends them. */
export interface Target {
  /** The demo site's origin, sent as `Origin` (the local server's own URL). */
  origin: string;
  /** The token with every staff role (`Authorization: Bearer …` on the stats routes). */
  staffToken: string;
}

/** A started conversation, as `POST …/conversations` answers it. */
export interface Conversation {
  conversationId: string;
  token: string;
}

/** The local runtime's own site, whose origin is the local server. */
export const SITE = 'demo';
const SITE_PATH = `/v1/sites/${SITE}`;

/** A current desktop Firefox: the chat routes derive platform and browser from it. */
export const BROWSER = 'Mozilla/5.0 (X11; Linux x86_64; rv:147.0) Gecko/20100101 Firefox/147.0';

/** Visitors' questions, in turn: plain ones and one with a phone number to mask. */
export const QUESTIONS = [
  'Når tømmes søppelet i Storgata 12?',
  'Hva er åpningstidene på servicetorget?',
  'Hvordan søker jeg barnehageplass?',
  'Ring meg på 912 34 567 om byggesøknaden min',
] as const;

const json = (body: unknown) => JSON.stringify(body);
const visitorHeaders = (target: Target, userAgent = BROWSER): Record<string, string> => ({
  origin: target.origin,
  'user-agent': userAgent,
  accept: 'application/json',
});

/** The page every vote is on (the route and its storage ceiling alike), on the demo site. */
export const votedPage = (origin: string) => `${origin}/renovasjon.html`;

/** The answer of vote number `n`: three in four found what they looked for. */
export const voteFound = (n: number) => n % 4 !== 0;

/** Vote number `n`: a new visitor each time (its own User-Agent), so every vote counts (201). */
export function feedbackCall(target: Target, n: number): HttpCall {
  return {
    method: 'POST',
    path: `${SITE_PATH}/feedback`,
    headers: {
      ...visitorHeaders(target, `${BROWSER} bench-visitor/${n}`),
      'content-type': 'application/json',
    },
    body: json({ url: votedPage(target.origin), found: voteFound(n) }),
  };
}

/** Starts a conversation in Bokmål. */
function startCall(target: Target): HttpCall {
  return {
    method: 'POST',
    path: `${SITE_PATH}/conversations`,
    headers: { ...visitorHeaders(target), 'content-type': 'application/json' },
    body: json({ lang: 'nb' }),
  };
}

const conversationPath = (conversation: Conversation) =>
  `${SITE_PATH}/conversations/${encodeURIComponent(conversation.conversationId)}`;
const visitorAuth = (target: Target, conversation: Conversation) => ({
  ...visitorHeaders(target),
  authorization: `Bearer ${conversation.token}`,
});

/** Question number `n` in the given conversation. */
function messageCall(target: Target, conversation: Conversation, n: number): HttpCall {
  return {
    method: 'POST',
    path: `${conversationPath(conversation)}/messages`,
    headers: { ...visitorAuth(target, conversation), 'content-type': 'application/json' },
    body: json({ text: QUESTIONS[n % QUESTIONS.length] }),
  };
}

/** The visitor's copy of the conversation, as JSON. */
function exportCall(target: Target, conversation: Conversation): HttpCall {
  return { method: 'GET', path: conversationPath(conversation), headers: visitorAuth(target, conversation) };
}

/** "Glem meg": deletes the conversation, so each one can be forgotten once. */
function forgetCall(target: Target, conversation: Conversation): HttpCall {
  return {
    method: 'DELETE',
    path: conversationPath(conversation),
    headers: visitorAuth(target, conversation),
  };
}

/** A staff statistics route over its default range of days, as JSON. */
function statsCall(target: Target, which: 'feedback' | 'chat'): HttpCall {
  return {
    method: 'GET',
    path: `${SITE_PATH}/stats/${which}`,
    headers: { authorization: `Bearer ${target.staffToken}`, accept: 'application/json' },
  };
}

/** The conversation in the answer of a start, or undefined when it is not one. */
export function parseStarted(status: number, body: string): Conversation | undefined {
  if (status !== 201) return undefined;
  try {
    const parsed: unknown = JSON.parse(body);
    const { conversationId, token } = (parsed ?? {}) as Partial<Record<string, unknown>>;
    return typeof conversationId === 'string' && typeof token === 'string'
      ? { conversationId, token }
      : undefined;
  } catch {
    return undefined;
  }
}

/**
 * The conversations started during the bench, for the routes that need one: `next` goes round
 * all of them (questions and exports spread over many conversations, far from their limit of
 * questions), `take` hands each out once (a forgotten conversation is gone).
 */
export class ConversationPool {
  readonly #items: Conversation[] = [];
  #round = 0;
  #taken = 0;

  /** Adds a started conversation. */
  add(conversation: Conversation): void {
    this.#items.push(conversation);
  }

  /** How many were added. */
  get size(): number {
    return this.#items.length;
  }

  /** How many `take` can still hand out. */
  get untaken(): number {
    return this.#items.length - this.#taken;
  }

  /** The next conversation in turn, round all of them. */
  next(): Conversation {
    const item = this.#items[this.#round % this.#items.length];
    if (!item) throw new Error('no conversations were started');
    this.#round++;
    return item;
  }

  /** A conversation no earlier `take` handed out (the last one again once all are taken). */
  take(): Conversation {
    const item = this.#items[Math.min(this.#taken, this.#items.length - 1)];
    if (!item) throw new Error('no conversations were started');
    this.#taken++;
    return item;
  }
}

/**
 * The write routes' own storage ceilings: the storage operations a route makes, called directly
 * through the project's adapters with a raw DocumentClient (bench/e2e-storage.ts).
 */
export type StorageCeilingId = 'vote' | 'start' | 'message';

/** The storage ceilings in the order they run and print. */
export const STORAGE_CEILING_IDS: readonly StorageCeilingId[] = ['vote', 'start', 'message'];

/** Each storage ceiling's row in the table and the adapter calls it makes. */
export const STORAGE_CEILINGS: Record<StorageCeilingId, { name: string; calls: string }> = {
  vote: { name: 'ceiling: own storage of POST feedback', calls: 'DynamoVoteStore.save' },
  start: { name: 'ceiling: own storage of POST conversations', calls: 'DynamoConversationStore.create' },
  message: {
    name: 'ceiling: own storage of POST messages',
    calls: 'DynamoConversationStore.find, then .append',
  },
};

/**
 * Write shapes measured next to the ceilings: what any route that writes this way can reach
 * on the same DynamoDB Local, whatever it does besides. A route that stores an event and its
 * count makes at least two writes, and a route that keeps them together makes a transaction.
 */
export type WriteShapeId = 'putThenUpdate' | 'transaction';

export const WRITE_SHAPE_IDS: readonly WriteShapeId[] = ['putThenUpdate', 'transaction'];

/** Each write shape's row in the table and the calls it makes. */
export const WRITE_SHAPES: Record<WriteShapeId, { name: string; calls: string }> = {
  putThenUpdate: {
    name: 'shape: PutItem, then UpdateItem',
    calls: 'an item and a count added to, one after the other, no transaction',
  },
  transaction: {
    name: 'shape: TransactWriteItems, 1 Put',
    calls: 'the smallest transaction, one new item',
  },
};

/** Conversations the message ceiling uses when the PutItem ceiling gives no bound. */
const FALLBACK_CALLS_PER_SECOND = 2000;
/** At most this many conversations are created for the message ceiling (beforehand, untimed). */
const MAX_CEILING_CONVERSATIONS = 4000;

/**
 * How many conversations to create for the message ceiling, so that none fills up: a multiple
 * of `connections` (each call in flight goes round a share of its own, so no two calls race
 * on one conversation), with room for twice the calls the PutItem ceiling could make in the
 * warm-up and the measurement. A question and its answer are at least a read and a
 * transaction, each slower than one PutItem, so that bounds the calls with a margin.
 */
export function messageCeilingConversations(settings: E2eSettings, putItemRps: number): number {
  const rps = Number.isFinite(putItemRps) && putItemRps > 0 ? putItemRps : FALLBACK_CALLS_PER_SECOND;
  const calls = 2 * rps * (settings.warmupSeconds + settings.seconds);
  const perWorker = Math.max(2, Math.ceil(calls / settings.connections / MAX_QUESTIONS));
  const most = Math.max(1, Math.floor(MAX_CEILING_CONVERSATIONS / settings.connections));
  return Math.min(perWorker, most) * settings.connections;
}

/** A route the bench measures. */
export interface RouteSpec {
  /** The name in the table. */
  name: string;
  /** The HTTP API route key, as in infra/functions.ts. */
  routeKey: string;
  /** One of the write routes the efficiency target is for (feedback, start, message). */
  write: boolean;
  /** A write route's own storage ceiling, which its `× own storage` compares it with. */
  storage?: StorageCeilingId;
  /** Each answer is a started conversation, for the pool. */
  startsConversation?: boolean;
  /** Each request needs a conversation of its own (so the count is bounded by those started). */
  consumesConversation?: boolean;
  /** The next request; each spec numbers its own, across warm-up and measurement. */
  call: () => HttpCall;
}

/** Efficiency the write routes should reach: their throughput ÷ the lower ceiling. */
export const WRITE_EFFICIENCY_TARGET = 0.5;

/**
 * The public routes and the stats routes, in the order they run: the starts fill the pool
 * the questions, exports and "Glem meg" then use; the stats read what the writes counted.
 */
export function routeSpecs(target: Target, pool: ConversationPool): RouteSpec[] {
  // Numbered across warm-ups and measurements: a repeated visitor's vote would only replace.
  let votes = 0;
  let questions = 0;
  return [
    {
      name: 'POST feedback',
      routeKey: 'POST /v1/sites/{siteId}/feedback',
      write: true,
      storage: 'vote',
      call: () => feedbackCall(target, votes++),
    },
    {
      name: 'POST conversations (start)',
      routeKey: 'POST /v1/sites/{siteId}/conversations',
      write: true,
      storage: 'start',
      startsConversation: true,
      call: () => startCall(target),
    },
    {
      name: 'POST messages',
      routeKey: 'POST /v1/sites/{siteId}/conversations/{id}/messages',
      write: true,
      storage: 'message',
      call: () => messageCall(target, pool.next(), questions++),
    },
    {
      name: 'GET conversation (export)',
      routeKey: 'GET /v1/sites/{siteId}/conversations/{id}',
      write: false,
      call: () => exportCall(target, pool.next()),
    },
    {
      name: 'DELETE conversation (Glem meg)',
      routeKey: 'DELETE /v1/sites/{siteId}/conversations/{id}',
      write: false,
      consumesConversation: true,
      call: () => forgetCall(target, pool.take()),
    },
    {
      name: 'GET stats/feedback',
      routeKey: 'GET /v1/sites/{siteId}/stats/feedback',
      write: false,
      call: () => statsCall(target, 'feedback'),
    },
    {
      name: 'GET stats/chat',
      routeKey: 'GET /v1/sites/{siteId}/stats/chat',
      write: false,
      call: () => statsCall(target, 'chat'),
    },
  ];
}
