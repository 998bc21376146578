import { mkdir, readFile, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { gzipSync } from 'node:zlib';
import { type BuildOptions, build } from 'esbuild';
import { lambdaBuildOptions } from '../infra/bundling.ts';

export const BENCH_DIR = join(tmpdir(), 'kommune-bench');

/** The floor every function is measured against: a bundle of the DocumentClient alone. */
export const FLOOR_ENTRY = 'bench/baseline-client.ts';

/**
 * The floor is built with the Lambda settings but with the SDK as it ships (its whole default
 * credential chain, 341 KB as issue 14 measured it): the functions' own trimming of the SDK
 * (LAMBDA_ALIASES) is part of what they are measured on, not taken off the floor too.
 */
export const FLOOR_BUILD_OPTIONS: BuildOptions = { ...lambdaBuildOptions, alias: {} };

export interface Bundle {
  name: string;
  path: string;
  bytes: number;
  gzipBytes: number;
  /** The ten inputs that take the most bytes of the output, largest first (esbuild's metafile). */
  largestInputs: { path: string; bytes: number }[];
}

/** Bundles an entry exactly as CDK does (infra/bundling.ts) into BENCH_DIR/<name>/index.mjs; the floor as above. */
export async function bundle(projectRoot: string, name: string, entry: string): Promise<Bundle> {
  const options = entry === FLOOR_ENTRY ? FLOOR_BUILD_OPTIONS : lambdaBuildOptions;
  const outdir = join(BENCH_DIR, name);
  await rm(outdir, { recursive: true, force: true });
  await mkdir(outdir, { recursive: true });
  const path = join(outdir, 'index.mjs');
  const result = await build({
    ...options,
    absWorkingDir: projectRoot,
    entryPoints: [resolve(projectRoot, entry)],
    outfile: path,
    write: true,
    logLevel: 'silent',
    metafile: true,
  });
  for (const warning of result.warnings) {
    console.error(`esbuild warning in ${name}: ${warning.text}`);
  }
  const code = await readFile(path);
  const inputs = Object.values(result.metafile.outputs).flatMap((output) => Object.entries(output.inputs));
  const largestInputs = inputs
    .map(([input, { bytesInOutput }]) => ({ path: input, bytes: bytesInOutput }))
    .sort((a, b) => b.bytes - a.bytes)
    .slice(0, 10);
  return {
    name,
    path,
    bytes: code.byteLength,
    gzipBytes: gzipSync(code, { level: 9 }).byteLength,
    largestInputs,
  };
}
