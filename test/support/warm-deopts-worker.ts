/**
 * Child process of test/unit/warm-deopts.test.ts, started with `--import tsx --trace-deopt
 * --trace-file-names` and the bench environment: imports one function's handler from source,
 * fakes DynamoDB at `send` as the bench does, and invokes it with the bench's event as often as
 * asked. After the first invocation it prints `WARM_MARK`, so that the parent reads only what V8
 * throws away once the handler is warm; at the end, the statuses it answered with.
 */
import { join } from 'node:path';
import { pathToFileURL } from 'node:url';
import type { APIGatewayProxyEventV2, Context } from 'aws-lambda';
import { PROJECT_ROOT } from '#infra/lambda-function';
import { fakeDynamoAtSend } from '../../bench/dynamo-fake.ts';
import { benchCaseFor, benchContext } from '../../bench/events.ts';
import { FUNCTIONS } from '../../infra/functions.ts';
import { STATUSES_MARK, WARM_MARK } from './warm-deopts.ts';

type Handler = (event: APIGatewayProxyEventV2, context: Context) => Promise<{ statusCode?: number }>;

const [id = '', count = '0'] = process.argv.slice(2);
const definition = (FUNCTIONS as Record<string, { entry: string } | undefined>)[id];
if (!definition) throw new Error(`No function "${id}" in infra/functions.ts`);
const { handler } = (await import(pathToFileURL(join(PROJECT_ROOT, definition.entry)).href)) as {
  handler: Handler;
};
fakeDynamoAtSend();
const { event } = benchCaseFor(id);
const context = benchContext(id);
const statuses = new Set<number | undefined>();
for (let i = 0; i < Number(count); i++) {
  statuses.add((await handler(event(), context)).statusCode);
  if (i === 0) console.log(WARM_MARK);
}
console.log(`${STATUSES_MARK} ${JSON.stringify([...statuses])}`);
