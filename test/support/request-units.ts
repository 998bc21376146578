/**
 * The DynamoDB request units of each operation of the service, as DynamoDB bills them on
 * demand. The integration tests measure every figure here with `meterCapacity`
 * (test/support/dynamo.ts) and assert it, and `npm run docs:cost` (scripts/cost-model.ts)
 * prices these same figures, so the cost model cannot drift from what the code does.
 *
 * How DynamoDB bills a request (Developer Guide, "DynamoDB read and write operations"):
 *
 * - read: 1 unit per 4 KB read strongly consistently, ½ unit eventually consistently; a
 *   GetItem or each item of a BatchGetItem is rounded up to 4 KB on its own, a Query page
 *   once over the sum of its items. A read request that finds nothing still costs its
 *   minimum (½ unit, or 1 strongly consistent).
 * - write: 1 unit per KB of the item written (the larger of the item before and after; a
 *   delete costs the size of the deleted item), and 2 units per KB for each item of a
 *   transaction.
 *
 * DynamoDB Local differs in two places, so the tests count with two helpers: it reports one
 * unit per transaction item (`meter.billedWriteUnits()` counts two) and 0 for a Query that
 * finds nothing (`billedReadUnits()` below counts the ½-unit minimum).
 *
 * Item sizes follow the tests' content: short questions (under a few hundred characters),
 * the default bot's answers, no comment on a vote. A question near the 2 000-character
 * limit makes its message item 2–3 KB and its writes 2–3 times as many units.
 */

/** Read and write request units of one operation, as DynamoDB bills them on demand. */
export interface RequestUnits {
  /** Read request units (4 KB strongly consistent, half that eventually consistent). */
  readonly read: number;
  /** Write request units (1 KB; twice that for each item of a transaction). */
  readonly write: number;
}

/** One operation's units, what it does to get them and which test measures them. */
export interface OperationUnits extends RequestUnits {
  /** The requests the operation sends to DynamoDB, and why they cost what they cost. */
  readonly what: string;
  /** The integration test that asserts the figures. */
  readonly test: string;
}

/** How many questions the measured conversations hold, where a figure depends on it. */
export const MEASURED_QUESTIONS = 4;

/** How many new questions the measured hourly re-check finds. */
export const MEASURED_RECHECK_QUESTIONS = 20;

/** Request units per operation, each asserted by an integration test. */
export const REQUEST_UNITS = {
  vote: {
    read: 0,
    write: 4,
    what:
      'a transaction of the vote (under 1 KB, on condition that no vote is there) and its page ' +
      "counter (2 items × 2); a repeat is refused with the earlier vote and sent again over it; the day's salt is cached by the function instance (1 strongly consistent read per instance and day)",
    test: 'test/integration/feedback-api.test.ts',
  },
  startConversation: {
    read: 0,
    write: 6,
    what:
      "a transaction of the conversation record, its entry in the day's list and a chat counter " +
      'shard (3 items × 2)',
    test: 'test/integration/chat-api.test.ts',
  },
  message: {
    read: 1,
    write: 10,
    what:
      'strongly consistent GetItem of the record, a transaction of the record, question, answer, ' +
      "the question's entry in the re-check's hour list and a counter shard (5 items × 2)",
    test: 'test/integration/chat-api.test.ts',
  },
  exportConversation: {
    read: 1,
    write: 1,
    what: `strongly consistent Query of a conversation of ${MEASURED_QUESTIONS} questions (record and 8 messages, under 4 KB) and UpdateItem of a counter shard`,
    test: 'test/integration/chat-api.test.ts',
  },
  exportOf50Messages: {
    read: 3,
    write: 1,
    what: 'strongly consistent Query of a conversation of 25 questions (record and 50 messages, 8–12 KB) and UpdateItem of a counter shard',
    test: 'test/integration/chat-api.test.ts',
  },
  forgetConversation: {
    read: 2,
    write: 15,
    what:
      `«Glem meg» of a conversation of ${MEASURED_QUESTIONS} questions: strongly consistent GetItem of the record, ` +
      'DeleteItem of it, strongly consistent Query of its 8 messages, BatchWriteItem deleting them, ' +
      "the day's list entry and the 4 hour-list entries (13 items), UpdateItem of a counter shard",
    test: 'test/integration/chat-api.test.ts',
  },
  statisticsPerMonth: {
    read: 4,
    write: 0,
    what:
      'the feedback and the chat statistics of a range, per calendar month the range touches: one ' +
      'eventually consistent Query per route and shard (2 × 4) of under 4 KB of counters each; ½ unit ' +
      'more per further 4 KB a shard holds (a page voted on each day adds about 200 bytes)',
    test: 'test/integration/stats-api.test.ts',
  },
  transcriptRead: {
    read: 1,
    write: 1,
    what: "a reviewer reads one conversation: strongly consistent Query of it (under 4 KB) and PutItem of the read's audit entry",
    test: 'test/integration/transcripts-api.test.ts',
  },
  recheckRun: {
    read: 12,
    write: 82,
    what:
      `an hourly re-check run that finds ${MEASURED_RECHECK_QUESTIONS} new questions written under an older rule set and rewrites them all: ` +
      'strongly consistent GetItem of its progress, eventually consistent Query of 2 hour lists, ' +
      "BatchGetItem of the questions (½ each), a transaction of each rewrite with its site's week of " +
      'masked-span counts (2 items × 2), PutItem of its progress, UpdateItem of its totals',
    test: 'test/integration/anonymize-job.test.ts',
  },
  recheckEmptyRun: {
    read: 2,
    write: 2,
    what:
      'an hourly re-check run that finds no new question: strongly consistent GetItem of its progress, ' +
      'eventually consistent Query of 2 empty hour lists (½ each), PutItem of its progress, UpdateItem of its totals',
    test: 'test/integration/anonymize-job.test.ts',
  },
} as const satisfies Record<string, OperationUnits>;

/** The name of an operation in REQUEST_UNITS. */
export type OperationId = keyof typeof REQUEST_UNITS;

const isRead = (command: string) => /^(Get|BatchGet|Query|Scan|TransactGet)/.test(command);

/**
 * Read units as DynamoDB bills them, from the entries a `meterCapacity` meter recorded: each
 * read request costs at least half a unit. DynamoDB Local reports 0 for a Query that finds
 * nothing (a shard of a month without counters, an empty hour list); DynamoDB bills the
 * eventually consistent minimum for it, which is what every such read in this service is.
 */
export function billedReadUnits(
  entries: readonly { command: string; CapacityUnits?: number; ReadCapacityUnits?: number }[],
): number {
  return entries
    .filter((entry) => isRead(entry.command))
    .reduce((sum, entry) => sum + Math.max(entry.ReadCapacityUnits ?? entry.CapacityUnits ?? 0, 0.5), 0);
}
