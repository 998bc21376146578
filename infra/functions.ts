import type { TableId } from './tables.ts';

export type TableAccess = 'read' | 'write' | 'readwrite';

export interface FunctionDefinition {
  /** Source file, relative to the project root, exporting `handler`. */
  entry: string;
  description: string;
  /** Exactly the table access the function needs; CDK grants this and nothing more. */
  tables: Partial<Record<TableId, TableAccess>>;
  /** HTTP API route keys served by the function (`METHOD /path`). */
  routes: readonly string[];
}

/** Every Lambda function, its routes and its table access: used by CDK, the local server and the bench. */
export const FUNCTIONS = {
  postFeedback: {
    entry: 'functions/feedback/post-feedback.ts',
    description: 'Stores a "Fant du det du lette etter?" vote and updates the page counters',
    tables: { feedback: 'write', counters: 'write', ephemeral: 'readwrite' },
    routes: ['POST /v1/sites/{siteId}/feedback'],
  },
  preflight: {
    entry: 'functions/cors/preflight.ts',
    description: 'Answers CORS preflight requests for the public routes, per site',
    tables: {},
    routes: ['OPTIONS /v1/sites/{siteId}/{proxy+}'],
  },
} as const satisfies Record<string, FunctionDefinition>;

export type FunctionId = keyof typeof FUNCTIONS;
