import { spawn } from 'node:child_process';
import { existsSync, readdirSync, readFileSync, statSync } from 'node:fs';
import { isBuiltin } from 'node:module';
import { join } from 'node:path';
import { pathToFileURL } from 'node:url';
import { Template } from 'aws-cdk-lib/assertions';
import { OutputFormat } from 'aws-cdk-lib/aws-lambda-nodejs';
import { build } from 'esbuild';
import { describe, expect, it } from 'vitest';
import { buildApp } from '#infra/app';
import { ESM_REQUIRE_BANNER, LAMBDA_NODE_TARGET } from '#infra/bundling';
import { FUNCTIONS, type FunctionId, JOBS, type JobId, type LambdaDefinition } from '#infra/functions';
import { BUNDLING, PROJECT_ROOT } from '#infra/lambda-function';
import { FLOOR_BUILD_OPTIONS, FLOOR_ENTRY } from '../../bench/bundle.ts';
import { assemblyDir, logicalId } from './app-fixture.ts';

/** Every Lambda function, behind the API or on a schedule. */
const LAMBDA_IDS = [...Object.keys(FUNCTIONS), ...Object.keys(JOBS)] as (FunctionId | JobId)[];

describe('LambdaFunction bundling', () => {
  it('uses the shared esbuild settings: ESM for node24, minified, AWS SDK bundled, no source maps', () => {
    expect(BUNDLING).toMatchObject({
      format: OutputFormat.ESM,
      target: LAMBDA_NODE_TARGET,
      minify: true,
      sourceMap: false,
      mainFields: ['module', 'main'],
      banner: ESM_REQUIRE_BANNER,
      externalModules: [],
      bundleAwsSDK: true,
    });
  });

  describe('with esbuild running for real', () => {
    // Prepare: synthesize with bundling into a directory of our own, once.
    const outdir = assemblyDir();
    const { api } = buildApp({ bundling: true, outdir });
    const template = Template.fromStack(api);
    const assetDir = (id: FunctionId | JobId) => {
      const fn = id in FUNCTIONS ? api.functions[id as FunctionId] : api.jobs[id as JobId].fn;
      const { S3Key } = template.toJSON().Resources[logicalId(fn.function)].Properties.Code;
      return join(outdir, `asset.${String(S3Key).replace(/\.zip$/, '')}`);
    };

    it.each(LAMBDA_IDS)('bundles %s into one ESM file with the require banner and no source map', (id) => {
      const files = readdirSync(assetDir(id));
      const code = readFileSync(join(assetDir(id), 'index.mjs'), 'utf8');

      expect(files).toEqual(['index.mjs']);
      expect(code.startsWith(ESM_REQUIRE_BANNER)).toBe(true);
      expect(code).toMatch(/export\s*\{[^}]*\bas handler\b[^}]*\}/);
      expect(code).not.toContain('sourceMappingURL');
    });

    it.each(LAMBDA_IDS)('bundles the AWS SDK and every other dependency into %s', async (id) => {
      const file = join(assetDir(id), 'index.mjs');
      // Let esbuild parse the bundle and list what it still imports (a regex would also
      // match the import examples inside the SDK's error messages).
      const { metafile } = await build({
        entryPoints: [file],
        bundle: true,
        write: false,
        platform: 'node',
        format: 'esm',
        packages: 'external',
        metafile: true,
        logLevel: 'silent',
      });
      const imported = Object.values(metafile.inputs).flatMap((input) =>
        input.imports.map((entry) => entry.path),
      );

      // Only Node built-ins may stay as imports; anything else would be missing at runtime.
      expect(imported.filter((specifier) => !isBuiltin(specifier))).toEqual([]);
      expect(existsSync(join(assetDir(id), 'node_modules'))).toBe(false);
    });

    /** What the function's environment holds in the cloud, CloudFormation references made strings. */
    const cloudEnvironment = (id: FunctionId | JobId): Record<string, string> => {
      const fn = id in FUNCTIONS ? api.functions[id as FunctionId] : api.jobs[id as JobId].fn;
      const variables: Record<string, unknown> =
        template.toJSON().Resources[logicalId(fn.function)].Properties.Environment?.Variables ?? {};
      return Object.fromEntries(
        Object.entries(variables).map(([name, value]) => [
          name,
          // A table name or a secret's ARN stands for the resource it refers to.
          typeof value === 'string'
            ? value
            : name.endsWith('_ARN')
              ? 'arn:aws:secretsmanager:eu-north-1:123456789012:secret:token-key-AbCdEf'
              : `stack-${name.toLowerCase()}-ABC123`,
        ]),
      );
    };

    /** Imports the bundle in a fresh Node process with exactly `environment` and what Lambda adds. */
    const coldStart = (id: FunctionId | JobId, environment: Record<string, string>) =>
      new Promise<{ code: number | null; stderr: string }>((resolve) => {
        const bundle = pathToFileURL(join(assetDir(id), 'index.mjs')).href;
        const child = spawn(
          process.execPath,
          ['--input-type=module', '-e', `await import(${JSON.stringify(bundle)});`],
          {
            env: {
              ...environment,
              AWS_REGION: 'eu-north-1',
              AWS_LAMBDA_FUNCTION_NAME: id,
              AWS_ACCESS_KEY_ID: 'AKIAIOSFODNN7EXAMPLE',
              AWS_SECRET_ACCESS_KEY: 'not-a-real-secret-access-key',
            },
            stdio: ['ignore', 'ignore', 'pipe'],
          },
        );
        let stderr = '';
        child.stderr.on('data', (chunk) => {
          stderr += String(chunk);
        });
        child.on('close', (code) => resolve({ code, stderr }));
      });

    it.each(LAMBDA_IDS)(
      'starts %s with only the variables its definition binds, and needs every table it binds',
      async (id) => {
        const environment = cloudEnvironment(id);
        const started = await coldStart(id, environment);
        expect(started.stderr).toBe('');
        expect(started.code).toBe(0);

        // A table granted but never used would be a privilege too many: without its variable
        // the function must refuse to start.
        const tableVariables = Object.keys(environment).filter((name) => name.startsWith('TABLE_'));
        const without = await Promise.all(
          tableVariables.map(async (name) => {
            const { [name]: _left, ...rest } = environment;
            const result = await coldStart(id, rest);
            return { name, code: result.code, said: result.stderr.includes(`${name} is not set`) };
          }),
        );
        expect(without).toEqual(tableVariables.map((name) => ({ name, code: 1, said: true })));
      },
    );

    /**
     * Bytes against the floor, a bundle of the DocumentClient alone built the same way, as the
     * SDK ships it (bench/bundle.ts): issue 14's bar of 1.5x for every function, the anonymizer's
     * packed word lists included in the six that mask text.
     */
    const BUDGET = 1.5;
    /** The floor's code, built once for every test that compares with it. */
    let floor: Promise<Uint8Array> | undefined;
    const floorCode = () => {
      floor ??= build({
        ...FLOOR_BUILD_OPTIONS,
        absWorkingDir: PROJECT_ROOT,
        entryPoints: [FLOOR_ENTRY],
        outfile: 'floor.mjs',
        write: false,
        logLevel: 'silent',
      }).then((result) => result.outputFiles[0]?.contents ?? new Uint8Array());
      return floor;
    };
    it.each(LAMBDA_IDS)(
      'keeps %s within its budget of bytes against the DocumentClient-only floor',
      async (id) => {
        const floorBytes = (await floorCode()).length;
        const bytes = statSync(join(assetDir(id), 'index.mjs')).size;

        expect(floorBytes).toBeGreaterThan(100_000);
        expect(bytes / floorBytes).toBeLessThanOrEqual(BUDGET);
      },
    );

    // The functions that talk to an AWS service: those bound to a table or to the token key.
    const definitionOf = (id: FunctionId | JobId): LambdaDefinition =>
      id in FUNCTIONS ? FUNCTIONS[id as FunctionId] : JOBS[id as JobId];
    const CALLING_AWS = LAMBDA_IDS.filter((id) => {
      const definition = definitionOf(id);
      return Object.keys(definition.tables).length > 0 || definition.tokenKey === true;
    });
    it.each(CALLING_AWS)(
      'gives %s only the credential sources Lambda has, environment and container',
      (id) => {
        const code = readFileSync(join(assetDir(id), 'index.mjs'), 'utf8');

        // Messages of the SDK's default chain, which minifying keeps (see the floor's test below).
        expect(code).not.toContain('Skipping SSO provider');
        expect(code).not.toContain('defaultProvider::fromIni');
        expect(code).toContain('AWS_CONTAINER_CREDENTIALS_FULL_URI');
      },
    );

    it('keeps the default chain in the floor, so the test above can see it gone', async () => {
      const code = new TextDecoder().decode(await floorCode());

      expect(code).toContain('Skipping SSO provider');
      expect(code).toContain('defaultProvider::fromIni');
    });

    // Marks of what a chat function may leave out: the anonymizer's labels, bowser's browser
    // list, the default intent set's names.
    const ANONYMIZER = '[personnummer]';
    const USER_AGENT_PARSER = 'Yandex Browser';
    const BOT = 'waste_collection';
    const bundleOf = (id: FunctionId) => readFileSync(join(assetDir(id), 'index.mjs'), 'utf8');
    it.each(['exportConversation', 'forgetConversation'] as const)(
      'leaves the anonymizer, the User-Agent parser and the bot out of %s, which use none of them',
      (id) => {
        const code = bundleOf(id);
        for (const mark of [ANONYMIZER, USER_AGENT_PARSER, BOT]) expect(code, mark).not.toContain(mark);
      },
    );
    it('gives postMessage the anonymizer and the bot, not the User-Agent parser; startConversation all three', () => {
      expect(bundleOf('postMessage')).toContain(ANONYMIZER);
      expect(bundleOf('postMessage')).toContain(BOT);
      expect(bundleOf('postMessage')).not.toContain(USER_AGENT_PARSER);
      for (const mark of [ANONYMIZER, USER_AGENT_PARSER, BOT])
        expect(bundleOf('startConversation')).toContain(mark);
    });

    // ICU's collation and locale formats load on their first use: 35 ms for localeCompare and
    // 50 ms for toLocaleString, measured here, a cold start's worth. No function needs them.
    it.each(LAMBDA_IDS)('calls neither localeCompare nor toLocaleString in %s', (id) => {
      const code = readFileSync(join(assetDir(id), 'index.mjs'), 'utf8');

      expect(code).not.toMatch(/\.localeCompare\(|\.toLocaleString\(/);
    });

    // The built-in intent set is code checked by its tests (test/unit/bot-intents.test.ts), so
    // no function carries the schema for intent sets, nor validates the set at every cold start.
    const INTENT_SET_SCHEMA = 'intent names must be unique';
    it.each(LAMBDA_IDS)('leaves the intent-set schema out of %s', (id) => {
      const code = readFileSync(join(assetDir(id), 'index.mjs'), 'utf8');

      expect(code).not.toContain(INTENT_SET_SCHEMA);
    });
    it('finds the intent-set schema where it is used, so the test above can see it', () => {
      expect(readFileSync(new URL('../../shared/chat/bot/intent-set.ts', import.meta.url), 'utf8')).toContain(
        INTENT_SET_SCHEMA,
      );
    });

    it('bundles the DynamoDB client into postFeedback', () => {
      const code = readFileSync(join(assetDir('postFeedback'), 'index.mjs'), 'utf8');

      expect(code).toContain('DynamoDB');
    });
  });
});
