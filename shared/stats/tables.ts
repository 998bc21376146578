/** The tables a statistics CSV file can hold (one per file), as `?table=` names them. */
export const FEEDBACK_TABLES = ['daily', 'pages'] as const;
export const CHAT_TABLES = ['daily', 'intents', 'platforms', 'browsers'] as const;
export type FeedbackTable = (typeof FEEDBACK_TABLES)[number];
export type ChatTable = (typeof CHAT_TABLES)[number];
