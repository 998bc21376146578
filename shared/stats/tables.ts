/*
 * Names of the statistics that the service and the dashboard share, in a module without
 * imports, so that the dashboard's bundle takes them without the statistics code.
 */

/** The chat totals every statistics answer has, per range and per day. */
export const CHAT_TOTALS = ['conversations', 'messages', 'fallback', 'downloads', 'deletions'] as const;

/** The tables a statistics CSV file can hold (one per file), as `?table=` names them. */
export const FEEDBACK_TABLES = ['daily', 'pages'] as const;
export const CHAT_TABLES = ['daily', 'intents', 'platforms', 'browsers'] as const;
export type FeedbackTable = (typeof FEEDBACK_TABLES)[number];
export type ChatTable = (typeof CHAT_TABLES)[number];
