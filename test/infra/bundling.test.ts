import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { isBuiltin } from 'node:module';
import { join } from 'node:path';
import { Template } from 'aws-cdk-lib/assertions';
import { OutputFormat } from 'aws-cdk-lib/aws-lambda-nodejs';
import { build } from 'esbuild';
import { describe, expect, it } from 'vitest';
import { buildApp } from '#infra/app';
import { ESM_REQUIRE_BANNER, LAMBDA_NODE_TARGET } from '#infra/bundling';
import { FUNCTIONS, type FunctionId, JOBS, type JobId } from '#infra/functions';
import { BUNDLING } from '#infra/lambda-function';
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

    it('bundles the DynamoDB client into postFeedback', () => {
      const code = readFileSync(join(assetDir('postFeedback'), 'index.mjs'), 'utf8');

      expect(code).toContain('DynamoDB');
    });
  });
});
