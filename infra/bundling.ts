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
};
