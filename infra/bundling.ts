import type { BuildOptions } from 'esbuild';

/**
 * How every Lambda function is bundled: ESM for Node 24 with the AWS SDK bundled in (the
 * SDK version is ours, not whatever the runtime ships), minified, no source maps (they slow
 * cold starts and error paths unless measured otherwise). CDK and the bench share these.
 */
export const LAMBDA_NODE_TARGET = 'node24';

/** ESM output still meets CommonJS dependencies that call `require`; give them one. */
export const ESM_REQUIRE_BANNER =
  "import { createRequire as __createRequire } from 'node:module'; const require = __createRequire(import.meta.url);";

/**
 * Modules swapped at bundling time: the SDK's default credential chain for the two sources a
 * Lambda function has (shared/adapters/lambda-credentials.ts). Paths are from the project root.
 */
const LAMBDA_ALIASES: Record<string, string> = {
  '@aws-sdk/credential-provider-node': './shared/adapters/lambda-credentials.ts',
};

export const lambdaBuildOptions: BuildOptions = {
  bundle: true,
  platform: 'node',
  target: LAMBDA_NODE_TARGET,
  format: 'esm',
  minify: true,
  sourcemap: false,
  mainFields: ['module', 'main'],
  banner: { js: ESM_REQUIRE_BANNER },
  legalComments: 'none',
  external: [],
  alias: LAMBDA_ALIASES,
};
