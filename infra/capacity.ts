/**
 * The capacity plan's peak figures, for the infrastructure to size limits and alarms by: the busiest hour of
 * a storm day (docs/scale.md), rounded up to two decimals.
 *
 * Written by `npm run docs:scale` (scripts/capacity-model.ts) with docs/scale.md; do not edit it by hand:
 * test/unit/capacity-model.test.ts fails when it is not what the script writes.
 */
import type { FunctionId, JobId } from './functions.ts';

/** The functions whose requests each route class counts. */
export const ROUTE_CLASS_FUNCTIONS = {
  votes: ['postFeedback'],
  conversationStarts: ['startConversation'],
  messages: ['postMessage'],
  exportsAndForgets: ['exportConversation', 'forgetConversation'],
  staffReads: ['feedbackStats', 'chatStats', 'transcript'],
  preflights: ['preflight'],
  recheck: ['anonymizeChat'],
} as const satisfies Record<string, readonly (FunctionId | JobId)[]>;

/**
 * HTTP API requests per second at the peak, per route class and in all: `oneLarge` is one municipality of
 * 720 000, `county` 43 municipalities of 650 000 inhabitants, `all` Norway's 356.
 */
export const PEAK_REQUESTS_PER_SECOND = {
  oneLarge: {
    votes: 0.67,
    conversationStarts: 0.27,
    messages: 1.07,
    exportsAndForgets: 0.01,
    staffReads: 0.01,
    preflights: 1.21,
    total: 3.22,
  },
  county: {
    votes: 0.61,
    conversationStarts: 0.25,
    messages: 0.97,
    exportsAndForgets: 0.01,
    staffReads: 0.03,
    preflights: 1.1,
    total: 2.94,
  },
  all: {
    votes: 5.19,
    conversationStarts: 2.08,
    messages: 8.3,
    exportsAndForgets: 0.07,
    staffReads: 0.24,
    preflights: 9.4,
    total: 25.25,
  },
} as const;

/** Lambda instances busy at once at the peak (Little's law), every function together. */
export const PEAK_LAMBDA_CONCURRENCY = {
  oneLarge: 1.25,
  county: 1.24,
  all: 3.06,
} as const;

/** DynamoDB write and read request units per second at the peak, every table together. */
export const PEAK_REQUEST_UNITS = {
  oneLarge: { write: 14.98, read: 1.75 },
  county: { write: 13.53, read: 1.68 },
  all: { write: 116.54, read: 14.39 },
} as const;
