import { execFile } from 'node:child_process';
import { pathToFileURL } from 'node:url';
import { promisify } from 'node:util';
import { childEnv } from './env.ts';

const run = promisify(execFile);

/**
 * Runs in a fresh Node process: only the module's own import is timed, not Node's start-up.
 * The process exits right after, so nothing the module left running can keep it alive.
 */
const IMPORT_PROBE = `
const url = process.argv[1];
const start = performance.now();
await import(url);
const ms = performance.now() - start;
process.stdout.write(String(ms), () => process.exit(0));
`;

/** Milliseconds to import the bundle in a new process (no tsx, no loaders: plain Node). */
async function importOnce(bundlePath: string): Promise<number> {
  const { stdout } = await run(
    process.execPath,
    ['--input-type=module', '--eval', IMPORT_PROBE, pathToFileURL(bundlePath).href],
    { env: childEnv(), timeout: 30_000 },
  );
  const ms = Number(stdout.trim());
  if (!Number.isFinite(ms)) throw new Error(`Import probe for ${bundlePath} printed "${stdout.trim()}"`);
  return ms;
}

export interface ImportStats {
  runs: number;
  medianMs: number;
  minMs: number;
  maxMs: number;
}

export function stats(samples: readonly number[]): ImportStats {
  if (samples.length === 0) throw new Error('No import samples');
  const sorted = [...samples].sort((a, b) => a - b);
  const mid = Math.floor(sorted.length / 2);
  const median =
    sorted.length % 2 === 1 ? (sorted[mid] ?? 0) : ((sorted[mid - 1] ?? 0) + (sorted[mid] ?? 0)) / 2;
  return { runs: sorted.length, medianMs: median, minMs: sorted[0] ?? 0, maxMs: sorted.at(-1) ?? 0 };
}

/**
 * Times every bundle `runs` times, one process at a time and round-robin, so that a slow
 * moment of the machine hits all bundles alike. One untimed run each first warms the disk cache.
 */
export async function measureImports(
  bundles: readonly { name: string; path: string }[],
  runs: number,
  onProgress: (done: number, total: number) => void = () => undefined,
): Promise<Map<string, ImportStats>> {
  const samples = new Map<string, number[]>(bundles.map((b) => [b.name, []]));
  for (const b of bundles) await importOnce(b.path);
  const total = runs * bundles.length;
  for (let round = 0; round < runs; round++) {
    for (const b of bundles) {
      samples.get(b.name)?.push(await importOnce(b.path));
    }
    onProgress((round + 1) * bundles.length, total);
  }
  return new Map([...samples].map(([name, values]) => [name, stats(values)]));
}
