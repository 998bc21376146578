import { exportDocument } from '../chat/conversation.ts';
import type { ConversationExport } from '../chat/responses.ts';
import { isId } from '../crypto.ts';
import { NotFoundError } from '../errors.ts';
import type { StaffPrincipal } from '../staff/access.ts';
import type { DayRange } from '../stats/range.ts';
import { type Clock, epochSeconds, osloTimestamp } from '../time.ts';
import type { AuditEntry, AuditLog, TranscriptReader } from './ports.ts';
import type { AuditTrail, TranscriptsPage } from './responses.ts';

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

  return {
    /** The masked conversations of a day, a page at a time. */
    async ofDay(
      request: ReviewRequest & { date: string; cursor?: string | undefined },
    ): Promise<TranscriptsPage> {
      const now = deps.clock.now();
      const page = await deps.reader.conversationsOfDay(request.siteId, request.date, epochSeconds(now), {
        limit: TRANSCRIPTS_PAGE_SIZE,
        cursor: request.cursor,
      });
      const found = await Promise.all(page.ids.map((id) => deps.reader.transcript(id, epochSeconds(now))));
      const transcripts = found
        .filter(
          (t): t is NonNullable<typeof t> => t !== undefined && t.conversation.siteId === request.siteId,
        )
        .map((t) => exportDocument(t.conversation, t.messages));
      await audited(request, now, { action: 'list', date: request.date })(
        transcripts.map((t) => t.conversationId),
      );
      return { date: request.date, items: transcripts, ...(page.next && { next: page.next }) };
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
