import { randomBytes, randomUUID, timingSafeEqual } from 'node:crypto';
import type { AddressInfo } from 'node:net';
import type { APIGatewayProxyEventV2 } from 'aws-lambda';
import { type Env, readEnv, sitesFrom } from '../../shared/config.ts';
import { LANGUAGES } from '../../shared/languages.ts';
import { errorFields } from '../../shared/log.ts';
import { DEFAULT_GRANTS_CLAIM } from '../../shared/staff/access.ts';
import { buildWebAssets, type WebAsset } from '../../web/build.ts';
import { FUNCTIONS, type FunctionDefinition, JOBS, type JobId } from '../functions.ts';
import { openApiDocument } from '../openapi.ts';
import { statementHtml } from '../privacy/html.ts';
import { serviceFacts } from '../privacy/service-facts.ts';
import { type PrivacyFacts, privacyStatement } from '../privacy/statement.ts';
import { TABLES, type TableId } from '../tables.ts';
import { ensureTables, type LocalDynamo, startDynamoDbLocal } from './dynamodb.ts';
import { createLocalServer, type HttpApiHandler, type LocalRoute } from './server.ts';

export interface RuntimeOptions {
  /** 0 picks a free port. */
  port: number;
  /** The interface to listen on: loopback unless told otherwise (e.g. `0.0.0.0` in a container). */
  host?: string | undefined;
  /** Use this DynamoDB instead of starting DynamoDB Local. */
  dynamodbEndpoint?: string | undefined;
  tablePrefix?: string;
  /** Extra sites besides `demo` (whose origin is this server itself). */
  extraSites?: unknown[];
  /** Overrides the chat retention of every site (demos and tests). */
  chatRetentionSeconds?: number | undefined;
  /**
   * How often the scheduled jobs run, in seconds (default: their cloud schedule). 0 turns the
   * timers off; the jobs can still be run with `runJob`.
   */
  jobIntervalSeconds?: number | undefined;
  /** The bearer token that has every staff role on every site (default: a random one). */
  staffToken?: string | undefined;
  log?: (line: string) => void;
}

export interface Runtime {
  url: string;
  /** The address the server listens on. */
  listening: AddressInfo;
  endpoint: string;
  tables: Record<TableId, string>;
  /** The local staff token (`Authorization: Bearer …` on the staff routes and the dashboard). */
  staffToken: string;
  /** Runs one scheduled job now, as its timer (or EventBridge in the cloud) would. */
  runJob(id: JobId): Promise<unknown>;
  close(): Promise<void>;
}

/**
 * The whole service on one machine: DynamoDB Local (or a given endpoint), the tables from
 * `infra/tables.ts`, and the real Lambda handlers behind an HTTP-API-shaped server.
 */
export async function startRuntime(options: RuntimeOptions): Promise<Runtime> {
  const log = options.log ?? (() => undefined);
  let dynamo: LocalDynamo | undefined;
  let endpoint = options.dynamodbEndpoint;
  if (!endpoint) {
    dynamo = await startDynamoDbLocal();
    endpoint = dynamo.endpoint;
    log(`DynamoDB Local (in memory) at ${endpoint}`);
  }
  try {
    return await serve(options, endpoint, dynamo);
  } catch (error) {
    await dynamo?.stop();
    throw error;
  }
}

async function serve(
  options: RuntimeOptions,
  endpoint: string,
  dynamo: LocalDynamo | undefined,
): Promise<Runtime> {
  const tables = await ensureTables(endpoint, options.tablePrefix ?? 'local');

  let ready = false;
  const routes: LocalRoute[] = [];
  const assets = buildWebAssets();
  assets.set('/openapi.json', {
    contentType: 'application/json; charset=utf-8',
    body: JSON.stringify(openApiDocument(), null, 2),
  });
  const server = createLocalServer({ routes, assets: () => assets, isReady: () => ready });
  await new Promise<void>((resolve, reject) => {
    server.once('error', reject);
    server.listen(options.port, options.host ?? '127.0.0.1', () => {
      server.off('error', reject);
      resolve();
    });
  });
  const listening = server.address() as AddressInfo;
  const { port } = listening;
  const url = `http://localhost:${port}`;

  // Configuration the handlers read at cold start, exactly as CDK sets it in the cloud.
  const demo = {
    id: 'demo',
    name: 'Demo kommune',
    origins: [url, `http://127.0.0.1:${port}`],
    languages: LANGUAGES,
    chatRetentionDays: 21,
    // The demo's chatbot is "Frida": a name the anonymizer keeps ("Takk, Frida!").
    ownNames: ['Frida'],
  };
  process.env.SITES_JSON = JSON.stringify([demo, ...(options.extraSites ?? [])]);
  process.env.DYNAMODB_ENDPOINT = endpoint;
  // A fresh key for visitors' conversation tokens each run: local tokens die with the process.
  process.env.TOKEN_SECRET ??= randomBytes(32).toString('base64url');
  if (options.chatRetentionSeconds !== undefined) {
    process.env.CHAT_RETENTION_SECONDS = String(options.chatRetentionSeconds);
  }
  for (const [id, name] of Object.entries(tables)) process.env[TABLES[id as TableId].envVar] = name;

  // The demo's privacy page states what this very runtime is configured to do.
  for (const [path, page] of privacyPages(assets.get(PRIVACY_PAGE), readEnv(process.env)))
    assets.set(path, page);

  const staffToken = options.staffToken ?? randomBytes(24).toString('base64url');
  const authorize = localStaffAuthorizer(staffToken);
  for (const fn of Object.values(FUNCTIONS) as FunctionDefinition[]) {
    const module = (await import(/* @vite-ignore */ `../../${fn.entry}`)) as { handler: HttpApiHandler };
    for (const routeKey of fn.routes) {
      routes.push({ routeKey, handler: module.handler, ...(fn.staff && { authorize }) });
    }
  }
  assets.set('/dashboard/config.json', {
    contentType: 'application/json; charset=utf-8',
    body: JSON.stringify({
      sites: [demo, ...((options.extraSites ?? []) as { id: string; name: string }[])].map(
        ({ id, name }) => ({
          id,
          name,
        }),
      ),
      auth: { mode: 'local' },
    }),
  });
  const jobs = new Map<JobId, ScheduledHandler>();
  for (const [id, job] of Object.entries(JOBS) as [JobId, (typeof JOBS)[JobId]][]) {
    const module = (await import(/* @vite-ignore */ `../../${job.entry}`)) as { handler: ScheduledHandler };
    jobs.set(id, module.handler);
  }
  const runJob = async (id: JobId) => {
    const handler = jobs.get(id);
    if (!handler) throw new Error(`unknown job ${id}`);
    // As Lambda gives it: a request id for the run's log lines; no deadline, as a timer has none.
    return handler(
      { source: 'local.timer', 'detail-type': 'Scheduled Event', detail: {} },
      { awsRequestId: randomUUID() },
    );
  };
  const timers = startJobTimers(runJob, options.jobIntervalSeconds, options.log ?? (() => undefined));
  ready = true;

  return {
    url,
    listening,
    endpoint,
    tables,
    staffToken,
    runJob,
    async close() {
      for (const timer of timers) clearInterval(timer);
      server.closeAllConnections();
      await new Promise<void>((resolve) => server.close(() => resolve()));
      await dynamo?.stop();
    },
  };
}

type ScheduledHandler = (event: unknown, context: { awsRequestId: string }) => Promise<unknown>;

/**
 * One timer per job, standing in for the EventBridge rules. Runs never overlap: a run that is
 * still going when the timer fires again is left to finish, as Lambda's own retries would.
 */
function startJobTimers(
  runJob: (id: JobId) => Promise<unknown>,
  intervalSeconds: number | undefined,
  log: (line: string) => void,
): NodeJS.Timeout[] {
  if (intervalSeconds === 0) return [];
  return (Object.entries(JOBS) as [JobId, (typeof JOBS)[JobId]][]).map(([id, job]) => {
    let running = false;
    const seconds = intervalSeconds ?? job.localIntervalSeconds;
    log(`Job ${id} every ${seconds} s`);
    const timer = setInterval(() => {
      if (running) return;
      running = true;
      runJob(id)
        .catch((error: unknown) => log(`Job ${id} failed: ${JSON.stringify(errorFields(error))}`))
        .finally(() => {
          running = false;
        });
    }, seconds * 1000);
    // The timers never keep a finished process alive.
    timer.unref();
    return timer;
  });
}

/**
 * The local stand-in for the JWT authorizer: the one local staff token has every role on
 * every site, as if it were a JWT whose claims say so.
 */
function localStaffAuthorizer(token: string) {
  const expected = Buffer.from(`Bearer ${token}`);
  return (event: APIGatewayProxyEventV2): Record<string, unknown> | undefined => {
    const given = Buffer.from(event.headers.authorization ?? '');
    if (given.length !== expected.length || !timingSafeEqual(given, expected)) return undefined;
    return {
      sub: 'local-staff',
      preferred_username: 'local-staff',
      [DEFAULT_GRANTS_CLAIM]: '[stats transcripts site:*]',
    };
  };
}

/** The demo site's privacy page (web/demo/personvern.html), with the generated statement at its mark. */
const PRIVACY_PAGE = '/personvern.html';
const PRIVACY_MARK = '<!-- privacy-statement -->';
const PRIVACY_LANGUAGES = [
  { lang: 'nb', path: PRIVACY_PAGE, name: 'Bokmål' },
  { lang: 'nn', path: '/personvern-nn.html', name: 'Nynorsk' },
  { lang: 'en', path: '/personvern-en.html', name: 'English' },
] as const;

/**
 * The privacy page in each language, from the local configuration (the sites and the
 * retention the handlers read) and the rule set, as `npm run privacy-statement` writes it
 * for a deployment.
 */
function privacyPages(page: WebAsset | undefined, env: Env): [string, WebAsset][] {
  const site = sitesFrom(env).get('demo');
  if (!page || !site) return [];
  const facts: PrivacyFacts = {
    ...serviceFacts(site),
    commentRetentionDays: env.COMMENT_RETENTION_DAYS,
    auditRetentionDays: env.AUDIT_RETENTION_DAYS,
    where: { kind: 'local' },
    staffSignIn: { kind: 'local' },
  };
  const links = PRIVACY_LANGUAGES.map(
    ({ lang, path, name }) => `<a href="${path}" hreflang="${lang}">${name}</a>`,
  );
  return PRIVACY_LANGUAGES.map(({ lang, path }) => [
    path,
    {
      ...page,
      body: String(page.body).replace(
        PRIVACY_MARK,
        `<p class="languages">${links.join(' · ')}</p>\n<section lang="${lang}">\n${statementHtml(privacyStatement(facts, lang))}\n</section>`,
      ),
    },
  ]);
}
