import { exportDocument } from '../chat/conversation.ts';
import { NotFoundError, ValidationError } from '../errors.ts';
import type { StaffPrincipal } from '../staff/access.ts';
import { type Clock, epochSeconds, osloTimestamp } from '../time.ts';
import type { AuditLog, TranscriptReader } from './ports.ts';

/** Conversations per page of a day's transcripts. */
export const TRANSCRIPTS_PAGE_SIZE = 20;

export interface TranscriptDeps {
  reader: TranscriptReader;
  audit: AuditLog;
  clock: Clock;
}

const encodeCursor = (after: string) => Buffer.from(after).toString('base64url');
function decodeCursor(cursor: string, date: string): string {
  const after = Buffer.from(cursor, 'base64url').toString('utf8');
  if (!/^\d{4}-\d{2}-\d{2}T[^#]+#[\w-]+$/.test(after) || !after.startsWith(date)) {
    throw new ValidationError('The cursor does not belong to this day.', { code: 'invalid_cursor' });
  }
  return after;
}

/**
 * The masked conversations of a day for quality review. The read is written to the audit
 * trail (who, when, which conversations) before any text is returned; if the audit cannot
 * be written, nothing is shown.
 */
export async function transcriptsOfDay(
  deps: TranscriptDeps,
  request: { siteId: string; date: string; cursor?: string | undefined; principal: StaffPrincipal },
) {
  const now = deps.clock.now();
  const page = await deps.reader.conversationsOfDay(request.siteId, request.date, epochSeconds(now), {
    limit: TRANSCRIPTS_PAGE_SIZE,
    after: request.cursor ? decodeCursor(request.cursor, request.date) : undefined,
  });
  const found = await Promise.all(page.ids.map((id) => deps.reader.transcript(id, epochSeconds(now))));
  const transcripts = found
    .filter((t): t is NonNullable<typeof t> => t !== undefined && t.conversation.siteId === request.siteId)
    .map((t) => exportDocument(t.conversation, t.messages));
  await deps.audit.record({
    siteId: request.siteId,
    who: request.principal.who,
    at: osloTimestamp(now),
    action: 'list',
    date: request.date,
    conversationIds: transcripts.map((t) => t.conversationId),
  });
  return { date: request.date, items: transcripts, ...(page.after && { next: encodeCursor(page.after) }) };
}

/** One masked conversation, audited like a day's list. */
export async function transcript(
  deps: TranscriptDeps,
  request: { siteId: string; conversationId: string; principal: StaffPrincipal },
) {
  const now = deps.clock.now();
  const found = await deps.reader.transcript(request.conversationId, epochSeconds(now));
  if (!found || found.conversation.siteId !== request.siteId) {
    throw new NotFoundError('No such conversation (it may have been deleted).');
  }
  await deps.audit.record({
    siteId: request.siteId,
    who: request.principal.who,
    at: osloTimestamp(now),
    action: 'read',
    conversationIds: [request.conversationId],
  });
  return exportDocument(found.conversation, found.messages);
}
