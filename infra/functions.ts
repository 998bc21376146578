import type { TableId } from './tables.ts';

export type TableAccess = 'read' | 'write' | 'readwrite';

/** What every Lambda function of the service declares. */
export interface LambdaDefinition {
  /** Source file, relative to the project root, exporting `handler`. */
  entry: string;
  description: string;
  /** Exactly the table access the function needs; CDK grants this and nothing more. */
  tables: Partial<Record<TableId, TableAccess>>;
  /** Needs the key that hashes visitors' conversation tokens (read from Secrets Manager in the cloud). */
  tokenKey?: boolean;
  /** Longer than the default 10 s, for a job that works through a backlog. */
  timeoutSeconds?: number;
}

/** A function behind the HTTP API. */
export interface FunctionDefinition extends LambdaDefinition {
  /** HTTP API route keys served by the function (`METHOD /path`). */
  routes: readonly string[];
  /**
   * A staff route: API Gateway's JWT authorizer checks the token before the function runs
   * (locally: the local staff token); the function checks role and site from its claims.
   */
  staff?: boolean;
}

/** A function run by an EventBridge schedule (and by a timer in `npm start`). */
export interface JobDefinition extends LambdaDefinition {
  /** EventBridge schedule expression. */
  schedule: `rate(${string})` | `cron(${string})`;
  /** How often the local runtime runs it, in seconds (the same period as the schedule). */
  localIntervalSeconds: number;
}

/** Every Lambda function, its routes and its table access: used by CDK, the local server and the bench. */
export const FUNCTIONS = {
  postFeedback: {
    entry: 'functions/feedback/post-feedback.ts',
    description: 'Stores a "Fant du det du lette etter?" vote and updates the page counters',
    tables: { feedback: 'write', counters: 'write', ephemeral: 'readwrite' },
    routes: ['POST /v1/sites/{siteId}/feedback'],
  },
  startConversation: {
    entry: 'functions/chat/start-conversation.ts',
    description: 'Starts a chat conversation and returns its one-time token',
    tables: { chat: 'write', counters: 'write' },
    routes: ['POST /v1/sites/{siteId}/conversations'],
    tokenKey: true,
  },
  postMessage: {
    entry: 'functions/chat/post-message.ts',
    description: 'Stores a masked question and the bot answer with its intent',
    tables: { chat: 'readwrite', counters: 'write' },
    routes: ['POST /v1/sites/{siteId}/conversations/{id}/messages'],
    tokenKey: true,
  },
  exportConversation: {
    entry: 'functions/chat/export-conversation.ts',
    description: 'Gives the visitor a copy of the whole conversation (JSON or text)',
    tables: { chat: 'read', counters: 'write' },
    routes: ['GET /v1/sites/{siteId}/conversations/{id}'],
    tokenKey: true,
  },
  forgetConversation: {
    entry: 'functions/chat/forget-conversation.ts',
    description: 'Glem meg: deletes every item of the conversation',
    tables: { chat: 'readwrite', counters: 'write' },
    routes: ['DELETE /v1/sites/{siteId}/conversations/{id}'],
    tokenKey: true,
  },
  feedbackStats: {
    entry: 'functions/stats/feedback-stats.ts',
    description: 'Staff: feedback per day and page from the counters (JSON or CSV)',
    tables: { counters: 'read' },
    routes: ['GET /v1/sites/{siteId}/stats/feedback'],
    staff: true,
  },
  chatStats: {
    entry: 'functions/stats/chat-stats.ts',
    description: 'Staff: chat volume, intents, fallback, platforms and browsers from the counters',
    tables: { counters: 'read' },
    routes: ['GET /v1/sites/{siteId}/stats/chat'],
    staff: true,
  },
  maskingStats: {
    entry: 'functions/stats/masking-stats.ts',
    description: 'Staff: what the hourly re-check masked, per category and week, from the counters',
    // Counts only: no chat table, so no question's text can reach it.
    tables: { counters: 'read' },
    routes: ['GET /v1/sites/{siteId}/stats/masking'],
    staff: true,
  },
  billing: {
    entry: 'functions/stats/billing.ts',
    description: 'Staff: conversations and answered questions of a month, from the counters',
    tables: { counters: 'read' },
    routes: ['GET /v1/sites/{siteId}/billing'],
    staff: true,
  },
  feedbackComments: {
    entry: 'functions/stats/comments.ts',
    description: "Staff: visitors' comments as stored (masked), a page of days at a time",
    tables: { feedback: 'read' },
    routes: ['GET /v1/sites/{siteId}/feedback/comments'],
    staff: true,
  },
  transcripts: {
    entry: 'functions/transcripts/list.ts',
    description: 'Staff (transcripts): the masked conversations of a day; every read is audited',
    tables: { chat: 'read', audit: 'write' },
    routes: ['GET /v1/sites/{siteId}/transcripts'],
    staff: true,
  },
  transcript: {
    entry: 'functions/transcripts/read.ts',
    description: 'Staff (transcripts): one masked conversation; the read is audited',
    tables: { chat: 'read', audit: 'write' },
    routes: ['GET /v1/sites/{siteId}/transcripts/{id}'],
    staff: true,
  },
  unansweredQuestions: {
    entry: 'functions/transcripts/unanswered.ts',
    description:
      "Staff (transcripts): a day's questions the bot had no answer to, repeats grouped; every read is audited",
    tables: { chat: 'read', audit: 'write' },
    routes: ['GET /v1/sites/{siteId}/transcripts/unanswered'],
    staff: true,
  },
  auditTrail: {
    entry: 'functions/transcripts/audit.ts',
    description: 'Staff (transcripts): who read which transcript when',
    tables: { audit: 'read' },
    routes: ['GET /v1/sites/{siteId}/audit'],
    staff: true,
  },
  preflight: {
    entry: 'functions/cors/preflight.ts',
    description: 'Answers CORS preflight requests for the public routes, per site',
    tables: {},
    routes: ['OPTIONS /v1/sites/{siteId}/{proxy+}'],
  },
} as const satisfies Record<string, FunctionDefinition>;

export type FunctionId = keyof typeof FUNCTIONS;

/** The functions of the visitors' routes: every function that is not behind the staff authorizer. */
export const PUBLIC_FUNCTIONS: readonly FunctionId[] = (Object.keys(FUNCTIONS) as FunctionId[]).filter(
  (id) => (FUNCTIONS[id] as FunctionDefinition).staff !== true,
);

/** Every scheduled function: used by CDK (an EventBridge rule each) and by the local runtime's timers. */
export const JOBS = {
  anonymizeChat: {
    entry: 'functions/jobs/anonymize-chat.ts',
    description:
      "Re-checks the visitors' questions written since its last run with the current anonymizer rules",
    // Reads the hour lists of new questions and the questions, rewrites them; keeps its progress,
    // its totals and the weekly counts of what it masked in counters.
    tables: { chat: 'readwrite', counters: 'readwrite' },
    schedule: 'rate(1 hour)',
    localIntervalSeconds: 3600,
    // A run after an outage works through the backlog, saving its progress before it runs out of time.
    timeoutSeconds: 300,
  },
} as const satisfies Record<string, JobDefinition>;

export type JobId = keyof typeof JOBS;
