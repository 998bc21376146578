import { exportDocument } from '../chat/conversation.ts';
import type { ConversationExport } from '../chat/responses.ts';
import { isId } from '../crypto.ts';
import { NotFoundError } from '../errors.ts';
import type { StaffPrincipal } from '../staff/access.ts';
import type { DayRange } from '../stats/range.ts';
import { type Clock, epochSeconds, osloTimestamp } from '../time.ts';
import type { AuditEntry, AuditLog, TranscriptReader } from './ports.ts';
import type { AuditTrail, TranscriptsPage, UnansweredPage } from './responses.ts';
import { UNANSWERED_PAGE_SIZE, unansweredQuestions } from './unanswered.ts';

/** Conversations per page of a day's transcripts. */
export const TRANSCRIPTS_PAGE_SIZE = 20;

export interface TranscriptReviewDeps {
  reader: TranscriptReader;
  audit: AuditLog;
  clock: Clock;
}

/** Who asks for which site's transcripts. */
interface ReviewRequest {
  siteId: string;
  principal: StaffPrincipal;
}

/**
 * The quality reviewers' reads of masked conversations. Each read is written to the audit
 * trail (who, when, which conversations) before any text is returned; if the audit cannot
 * be written, nothing is shown.
 */
export function makeTranscriptReview(deps: TranscriptReviewDeps) {
  const audited =
    (request: ReviewRequest, now: Date, entry: Pick<AuditEntry, 'action' | 'date'>) =>
    (conversationIds: string[]) =>
      deps.audit.record({
        siteId: request.siteId,
        who: request.principal.who,
        at: osloTimestamp(now),
        ...entry,
        conversationIds,
      });

  /** A page of the site's unexpired conversations of a day, read whole. */
  async function conversationsOfDay(
    request: ReviewRequest & { date: string; cursor?: string | undefined },
    nowSeconds: number,
    limit: number,
  ) {
    const page = await deps.reader.conversationsOfDay(request.siteId, request.date, nowSeconds, {
      limit,
      cursor: request.cursor,
    });
    const found = await Promise.all(page.ids.map((id) => deps.reader.transcript(id, nowSeconds)));
    const transcripts = found.filter(
      (t): t is NonNullable<typeof t> => t !== undefined && t.conversation.siteId === request.siteId,
    );
    return { transcripts, next: page.next };
  }

  return {
    /** The masked conversations of a day, a page at a time. */
    async ofDay(
      request: ReviewRequest & { date: string; cursor?: string | undefined },
    ): Promise<TranscriptsPage> {
      const now = deps.clock.now();
      const page = await conversationsOfDay(request, epochSeconds(now), TRANSCRIPTS_PAGE_SIZE);
      const items = page.transcripts.map((t) => exportDocument(t.conversation, t.messages));
      await audited(request, now, { action: 'list', date: request.date })(items.map((t) => t.conversationId));
      return { date: request.date, items, ...(page.next && { next: page.next }) };
    },

    /**
     * The questions of a day that the bot answered with its fallback, repeats grouped, read
     * from the same day list as `ofDay` and paged by the same cursor (UNANSWERED_PAGE_SIZE
     * conversations a page, grouped within the page). Audited like every read of masked text.
     */
    async unanswered(
      request: ReviewRequest & { date: string; cursor?: string | undefined },
    ): Promise<UnansweredPage> {
      const now = deps.clock.now();
      const page = await conversationsOfDay(request, epochSeconds(now), UNANSWERED_PAGE_SIZE);
      const { items, conversationIds } = unansweredQuestions(
        page.transcripts.map((t) => ({ conversationId: t.conversation.id, messages: t.messages })),
      );
      await audited(request, now, { action: 'unanswered', date: request.date })(conversationIds);
      return { date: request.date, items, ...(page.next && { next: page.next }) };
    },

    /** One masked conversation. */
    async one(request: ReviewRequest & { conversationId: string }): Promise<ConversationExport> {
      const now = deps.clock.now();
      const found = isId(request.conversationId)
        ? await deps.reader.transcript(request.conversationId, epochSeconds(now))
        : undefined;
      if (!found || found.conversation.siteId !== request.siteId) {
        throw new NotFoundError('No such conversation (it may have been deleted).');
      }
      await audited(request, now, { action: 'read' })([request.conversationId]);
      return exportDocument(found.conversation, found.messages);
    },
  };
}

/** The audit trail itself, readable by the reviewers whose reads it records. */
export function makeAuditTrail(deps: { audit: AuditLog }) {
  return {
    /** Who read which transcripts on the range's days, newest first. */
    async entries(siteId: string, days: DayRange): Promise<AuditTrail> {
      return { ...days, items: await deps.audit.entries(siteId, days.from, days.to) };
    },
  };
}
