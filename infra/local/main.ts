import { z } from 'zod';
import { startRuntime } from './runtime.ts';

// `npm start`: the service with its demo site on one machine.
const env = z
  .object({
    PORT: z.coerce.number().int().min(0).max(65535).default(3000),
    // Loopback unless told otherwise: the local stack has a staff token that opens every site.
    HOST: z.string().min(1).default('127.0.0.1'),
    // An empty value counts as unset, as shells make it easy to export one by accident.
    DYNAMODB_ENDPOINT: z.preprocess((value) => (value === '' ? undefined : value), z.url().optional()),
    CHAT_RETENTION_SECONDS: z.coerce.number().int().min(1).optional(),
    // How often the scheduled jobs run locally (default: as in the cloud); 0 turns them off.
    JOB_INTERVAL_SECONDS: z.coerce.number().int().min(0).optional(),
    // The dashboard's and the staff routes' token; a random one is made (and printed) if unset.
    LOCAL_STAFF_TOKEN: z.preprocess(
      (value) => (value === '' ? undefined : value),
      z.string().min(16).optional(),
    ),
  })
  .parse(process.env);

const runtime = await startRuntime({
  port: env.PORT,
  host: env.HOST,
  dynamodbEndpoint: env.DYNAMODB_ENDPOINT,
  chatRetentionSeconds: env.CHAT_RETENTION_SECONDS,
  jobIntervalSeconds: env.JOB_INTERVAL_SECONDS,
  staffToken: env.LOCAL_STAFF_TOKEN,
  log: (line) => console.log(line),
});

console.log(`
Service running (Ctrl-C stops everything it started)
  Demo site:   ${runtime.url}/
  API:         ${runtime.url}/v1/sites/demo/...
  Dashboard:   ${runtime.url}/dashboard/  (staff token: ${env.LOCAL_STAFF_TOKEN ? 'LOCAL_STAFF_TOKEN' : runtime.staffToken})
  OpenAPI:     ${runtime.url}/openapi.json
  Health:      ${runtime.url}/health
  DynamoDB:    ${runtime.endpoint}
`);

let stopping = false;
async function stop(signal: string) {
  if (stopping) return;
  stopping = true;
  console.log(`\n${signal}: stopping…`);
  await runtime.close();
  process.exit(0);
}
process.on('SIGINT', () => void stop('SIGINT'));
process.on('SIGTERM', () => void stop('SIGTERM'));
process.on('SIGHUP', () => void stop('SIGHUP'));

// npm passes SIGINT and SIGTERM on to this process, but not SIGHUP, and nothing when it is
// killed outright: a supervisor's stop would leave the server and DynamoDB Local running. So
// this process also stops once the one that started it is gone (it is re-parented then).
const parent = process.ppid;
setInterval(() => {
  if (process.ppid !== parent) void stop('parent process gone');
}, 500).unref();
