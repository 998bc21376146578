import type { mask } from '../anonymizer/anonymizer.ts';
import { constantTimeEqual, isId, newId, randomToken } from '../crypto.ts';
import { NotFoundError, TooManyRequestsError, ValidationError } from '../errors.ts';
import type { Language } from '../languages.ts';
import type { pageOnSite } from '../page-url.ts';
import { SECONDS_PER_DAY } from '../retention.ts';
import { siteForRequest } from '../site-access.ts';
import { type Site, type SiteRegistry, siteOwnNames } from '../sites.ts';
import { type Clock, epochSeconds, osloDay, osloTimestamp } from '../time.ts';
import { tokenize } from './bot/normalize.ts';
import type { BotEngine } from './bot/ports.ts';
import {
  type ChatMessage,
  type Conversation,
  exportDocument,
  MAX_QUESTIONS,
  type PostMessageRequest,
  type StartConversationRequest,
} from './conversation.ts';
import { detectLanguage } from './language.ts';
import type { ChatCounterStore, ChatEvent, ConversationStore, TokenHasher } from './ports.ts';
import type { ConversationExport, ConversationStarted, Exchange } from './responses.ts';
import { transcriptText } from './transcript.ts';
import type { describeClient } from './user-agent.ts';

/**
 * What reads the visitor's words and client, given only to the operations that need it (so
 * that a function's bundle carries only what it uses: the export and «Glem meg» mask nothing,
 * parse no User-Agent and ask no bot).
 */
export interface VisitorReaders {
  /** The anonymizer, for a question (`post`). */
  mask?: typeof mask | undefined;
  /** A page URL as stored, masked for identifiers, for a start page (`start`). */
  pageOnSite?: typeof pageOnSite | undefined;
  /** Platform and browser from the User-Agent (`start`). */
  describeClient?: typeof describeClient | undefined;
  /** The chatbot: its greeting (`start`) and its answers (`post`). */
  bot?: BotEngine | undefined;
}

export interface ChatDeps extends VisitorReaders {
  sites: SiteRegistry;
  store: ConversationStore;
  counters: ChatCounterStore;
  tokens: TokenHasher;
  clock: Clock;
  /** Overrides every site's retention (local demos and tests only). */
  retentionSecondsOverride?: number | undefined;
  /** Where a counter that could not be updated is reported (never with personal data). */
  onCounterFailure?: (error: unknown) => void;
}

export interface VisitorRequest {
  siteId: string;
  conversationId: string;
  /** The bearer token from the Authorization header, if any. */
  token: string | undefined;
}

const MAX_MESSAGES = MAX_QUESTIONS * 2;
const APPEND_ATTEMPTS = 5;

/** One answer for unknown, expired, deleted, foreign and wrongly authorised conversations alike. */
const notFound = () => new NotFoundError('No such conversation.', { code: 'conversation_not_found' });

/** The language, if the site offers it; else the same 400 for a start and for a question. */
function requireOffered(site: Site, lang: Language): Language {
  if (site.languages.includes(lang)) return lang;
  throw new ValidationError('The site does not offer this language.', {
    details: [{ path: 'lang', message: `one of ${site.languages.join(', ')}` }],
  });
}

/**
 * The language to answer a question in: the one the visitor chose, else the one the question
 * is written in if the site offers it, else the conversation's (a greeting, a thank-you, a
 * topic word or a masked number does not tell).
 */
function answerLanguage(
  site: Site,
  conversation: Conversation,
  chosen: Language | undefined,
  words: readonly string[],
): Language {
  if (chosen) return chosen;
  const written = detectLanguage(words);
  return written && site.languages.includes(written) ? written : conversation.lang;
}

/** The visitor's conversation: start it, ask, take a copy, and delete it ("Glem meg"). */
/** A reader the operation needs but its function was not given: a wiring mistake, not a request's. */
function needed<T>(reader: T | undefined, name: keyof VisitorReaders): T {
  if (reader === undefined) throw new Error(`This function's chat use cases were built without ${name}`);
  return reader;
}

export function makeChat(deps: ChatDeps) {
  const requireSite = (siteId: string, origin: string | undefined) =>
    siteForRequest(deps.sites, siteId, origin);

  const record = async (siteId: string, event: ChatEvent) => {
    try {
      await deps.counters.record(siteId, osloDay(deps.clock.now()), event);
    } catch (error) {
      // The visitor's action succeeded; a lost count must not turn it into an error.
      deps.onCounterFailure?.(error);
    }
  };

  const authorize = async (request: VisitorRequest, conversation: Conversation | undefined) => {
    if (!conversation || conversation.siteId !== request.siteId || !request.token) throw notFound();
    const hash = await deps.tokens.hash(request.token);
    if (!constantTimeEqual(hash, conversation.tokenHash)) throw notFound();
    return conversation;
  };

  const nowSeconds = () => epochSeconds(deps.clock.now());

  /** The conversation of a visitor's request; an id of any other shape is not looked up at all. */
  const find = (request: VisitorRequest) =>
    isId(request.conversationId) ? deps.store.find(request.conversationId, nowSeconds()) : undefined;

  return {
    async start(input: {
      siteId: string;
      request: StartConversationRequest;
      origin: string | undefined;
      userAgent: string | undefined;
    }): Promise<ConversationStarted> {
      const site = requireSite(input.siteId, input.origin);
      const lang = requireOffered(site, input.request.lang ?? site.languages[0] ?? 'nb');
      const startUrl = input.request.startUrl
        ? needed(deps.pageOnSite, 'pageOnSite')(site, input.request.startUrl, 'startUrl')
        : undefined;
      const now = deps.clock.now();
      const token = randomToken();
      const client = needed(deps.describeClient, 'describeClient')(input.userAgent);
      const conversation: Conversation = {
        id: newId(),
        siteId: site.id,
        tokenHash: await deps.tokens.hash(token),
        startedAt: osloTimestamp(now),
        expiresAt:
          epochSeconds(now) + (deps.retentionSecondsOverride ?? site.chatRetentionDays * SECONDS_PER_DAY),
        day: osloDay(now),
        lang,
        ...(startUrl && { startUrl }),
        platform: client.platform,
        browser: client.browser,
        messageCount: 0,
      };
      await deps.store.create(conversation, {
        day: conversation.day,
        event: { type: 'conversation', platform: client.platform, browser: client.browserName },
      });
      return {
        conversationId: conversation.id,
        token,
        expiresAt: osloTimestamp(new Date(conversation.expiresAt * 1000)),
        greeting: needed(deps.bot, 'bot').greeting(site.id, lang),
      };
    },

    async post(
      input: VisitorRequest & { origin: string | undefined; request: PostMessageRequest },
    ): Promise<Exchange> {
      const site = requireSite(input.siteId, input.origin);
      const chosen = input.request.lang && requireOffered(site, input.request.lang);
      let conversation = await authorize(input, await find(input));
      const masked = needed(deps.mask, 'mask')(input.request.text.trim(), { ownNames: siteOwnNames(site) });
      // The bot sees the visitor's words in memory only; what is stored is the masked text.
      // The words are split once, for the language and for the engine.
      const words = tokenize(input.request.text);
      const reply = await needed(deps.bot, 'bot').reply({
        siteId: conversation.siteId,
        lang: answerLanguage(site, conversation, chosen, words),
        text: input.request.text,
        words,
      });
      for (let attempt = 1; ; attempt++) {
        if (conversation.messageCount + 2 > MAX_MESSAGES) {
          throw new TooManyRequestsError(
            `A conversation holds at most ${MAX_QUESTIONS} questions. Start a new one.`,
          );
        }
        const at = osloTimestamp(deps.clock.now());
        const messages: ChatMessage[] = [
          {
            seq: conversation.messageCount + 1,
            role: 'user',
            text: masked.text,
            at,
            rulesetVersion: masked.rulesetVersion,
          },
          { seq: conversation.messageCount + 2, role: 'bot', text: reply.text, intent: reply.intent, at },
        ];
        const outcome = await deps.store.append(conversation, messages, nowSeconds(), MAX_MESSAGES, {
          day: osloDay(deps.clock.now()),
          event: { type: 'message', intent: reply.intent, answered: reply.answered },
        });
        if (outcome === 'stored') {
          const [question, answer] = messages as [ChatMessage, ChatMessage];
          return {
            message: { role: question.role, text: question.text, at: question.at },
            reply: { role: answer.role, text: answer.text, intent: answer.intent, at: answer.at },
          };
        }
        // Rejected: gone, full or changed meanwhile. Read it again; the checks decide.
        const current = await deps.store.find(conversation.id, nowSeconds());
        if (!current) throw notFound();
        if (attempt >= APPEND_ATTEMPTS)
          throw new TooManyRequestsError('Too many messages at once. Try again.');
        conversation = current;
      }
    },

    async export(
      input: VisitorRequest & { format: 'json' | 'text' },
    ): Promise<
      { format: 'text'; body: string; id: string } | { format: 'json'; body: ConversationExport; id: string }
    > {
      const found = isId(input.conversationId)
        ? await deps.store.findWithMessages(input.conversationId, nowSeconds())
        : undefined;
      const conversation = await authorize(input, found?.conversation);
      const document = exportDocument(conversation, found?.messages ?? []);
      await record(conversation.siteId, { type: 'download' });
      if (input.format === 'json') return { format: 'json' as const, body: document, id: conversation.id };
      // A site taken out of the configuration keeps its conversations until they expire.
      const siteName = deps.sites.get(conversation.siteId)?.name ?? conversation.siteId;
      return { format: 'text' as const, body: transcriptText(document, siteName), id: conversation.id };
    },

    async forget(input: VisitorRequest) {
      const conversation = await authorize(input, await find(input));
      if (!(await deps.store.forget(conversation.id))) throw notFound();
      await record(conversation.siteId, { type: 'deletion' });
    },
  };
}
