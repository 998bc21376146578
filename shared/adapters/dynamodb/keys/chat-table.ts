/**
 * Every key of the chat table, built and parsed here and nowhere else.
 *
 *   pk CONV#<conversationId>          sk META                    the conversation's record
 *   pk CONV#<conversationId>          sk MSG#<seq, 5 digits>     one item per message
 *   pk DAY#<siteId>#<YYYY-MM-DD>      sk <startedAt>#<id>        the day's list (transcripts)
 *   pk RECHECK#<UTC hour>             sk <ms, 13 digits>#<pk>#<sk> the hour's list (re-check)
 *
 * Every item of a conversation shares its partition, so one Query reads it whole and "Glem
 * meg" finds everything to delete; one item per message keeps items small.
 */
export interface ItemKey {
  pk: string;
  sk: string;
}

const CONVERSATION = 'CONV#';
const MESSAGE = 'MSG#';
const RECORD_SK = 'META';
const DAY = 'DAY#';
const RECHECK = 'RECHECK#';

/** The partition holding a conversation's record and its messages. */
export const conversationPk = (id: string) => `${CONVERSATION}${id}`;

/** The conversation's own record. */
export const conversationKey = (id: string): ItemKey => ({ pk: conversationPk(id), sk: RECORD_SK });

/** Whether an item of a conversation's partition is its record (else a message). */
export const isConversationRecord = (key: { sk?: unknown }) => key.sk === RECORD_SK;

/** A message of the conversation; `seq` counts from 1. */
export const messageKey = (id: string, seq: number): ItemKey => ({
  pk: conversationPk(id),
  sk: `${MESSAGE}${String(seq).padStart(5, '0')}`,
});

/** The partition of a site's conversations started on a day. */
export const dayListPk = (siteId: string, day: string) => `${DAY}${siteId}#${day}`;

/** A conversation's entry in its day's list; the sort key orders the list by start time. */
export const dayListKey = (siteId: string, day: string, startedAt: string, id: string): ItemKey => ({
  pk: dayListPk(siteId, day),
  sk: `${startedAt}#${id}`,
});

/** A position in a day's list (the sort key of its last entry read): `<startedAt>#<id>` of that day. */
export const isDayListPosition = (position: string, day: string) =>
  position.startsWith(day) && /^\d{4}-\d{2}-\d{2}T[^#]+#[\w-]+$/.test(position);

const HOUR_MS = 3_600_000;

/**
 * The hour list's partition of the last hour asked for: "Glem meg" builds one key per question,
 * nearly all in one hour, and `toISOString` costs about a microsecond each time.
 */
let lastHour = Number.NaN;
let lastHourPk = '';

function hourPk(epochMs: number): string {
  const hour = Math.floor(epochMs / HOUR_MS);
  if (hour !== lastHour) {
    // Throws for an invalid time, as toISOString does: NaN is never the last hour.
    lastHourPk = `${RECHECK}${new Date(hour * HOUR_MS).toISOString().slice(0, 13)}`;
    lastHour = hour;
  }
  return lastHourPk;
}
const msKey = (epochMs: number) => String(epochMs).padStart(13, '0');

/** The hour list's partition for the UTC hour that contains `epochMs`. */
export const recheckHourPk = hourPk;

/** Sort keys of an hour list from `fromMs` to `toMs`, both included. */
export function recheckRange(fromMs: number, toMs: number): { from: string; to: string } {
  // '~' sorts after '#', so every question written in the window's last millisecond is in.
  return { from: msKey(fromMs), to: `${msKey(toMs)}~` };
}

/** When the question an hour-list entry points at was written (epoch ms), from the entry's sort key. */
export const recheckWrittenAt = (sk: string) => Number(sk.slice(0, 13));

/** The hour-list entry of a question of the conversation item `pk`, message `sk`, written `at`. */
export function recheckKey(message: ItemKey, at: string): ItemKey {
  const writtenAt = Date.parse(at);
  return { pk: hourPk(writtenAt), sk: `${msKey(writtenAt)}#${message.pk}#${message.sk}` };
}

/** The hour-list entry written next to a visitor's question; it holds no text. */
export function recheckItem(message: ItemKey, at: string, expiresAt: number) {
  return { ...recheckKey(message, at), itemPk: message.pk, itemSk: message.sk, expiresAt };
}
