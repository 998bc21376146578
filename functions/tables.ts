import type { LambdaDefinition, TableAccess } from '#infra/functions';
import { TABLES, type TableId } from '#infra/tables';

/** A function definition that binds at least these tables (infra/functions.ts). */
export type Binding<T extends TableId> = { readonly tables: { readonly [K in T]: TableAccess } };

/**
 * The names of exactly the tables the function's definition binds, read from the variables
 * CDK (and the local runtime) set for them when the composition root takes one. A root can
 * only use a table its definition lists (the type has no other key), a missing variable
 * fails at cold start, and a table bound but never taken stays unread, which the infra
 * tests catch as a grant too many.
 */
export function boundTables<D extends Pick<LambdaDefinition, 'tables'>>(
  definition: D,
  source: NodeJS.ProcessEnv = process.env,
): { readonly [K in keyof D['tables'] & TableId]: string } {
  const names = {};
  for (const id of Object.keys(definition.tables) as TableId[]) {
    const { envVar } = TABLES[id];
    Object.defineProperty(names, id, {
      enumerable: true,
      get() {
        const name = source[envVar];
        if (!name || name.length < 3) {
          throw new Error(`Invalid configuration: ${envVar} is not set for this function`);
        }
        return name;
      },
    });
  }
  return names as { readonly [K in keyof D['tables'] & TableId]: string };
}
