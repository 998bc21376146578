import { execFile } from 'node:child_process';
import { join, sep } from 'node:path';
import { promisify } from 'node:util';
import { describe, expect, it } from 'vitest';
import { PROJECT_ROOT } from '#infra/lambda-function';
import { childEnv } from '../../bench/env.ts';
import { BENCH_CASES } from '../../bench/events.ts';
import { PUBLIC_FUNCTIONS } from '../../infra/functions.ts';
import { STATUSES_MARK, WARM_MARK } from '../support/warm-deopts.ts';

/**
 * The public handlers (every function of the visitors' routes, the preflight too) keep the code V8 compiled for them once they are warm. When optimised code
 * meets what it was compiled without (an array of another kind, a read past the end of a
 * string), V8 throws it away and compiles the function again: CPU that every instance pays in
 * its first few thousand invocations, the window the bench's warm figures read. Each handler runs
 * with DynamoDB faked at `send`, as in the bench, under `--trace-deopt`; none of the service's
 * own code may be deoptimised after the first invocation. Deoptimisations for "insufficient type
 * feedback" are left out: those are a branch taken for the first time (a new day, a retry), not
 * compiled code that was wrong about what it is given.
 */
const WORKER = join(PROJECT_ROOT, 'test', 'support', 'warm-deopts-worker.ts');

/** As many as the bench's warm-up curve reads up to its third window; the last of these deoptimisations came after 3 000. */
const INVOCATIONS = 10_000;

/** The service's own source: a handler's folder or `shared/`, not the bench's fake, not a dependency. */
const OWN_CODE = [join(PROJECT_ROOT, 'shared') + sep, join(PROJECT_ROOT, 'functions') + sep];

interface Deopt {
  function: string;
  file: string;
  reason: string;
}

/** The deoptimisations that `--trace-deopt --trace-file-names` reports in `lines`. */
function deoptsIn(lines: readonly string[]): Deopt[] {
  return lines.flatMap((line) => {
    const found = line.match(
      /^\[bailout \(kind: [^,]+, reason: (.*?)\): begin\. deoptimizing 0x[0-9a-f]+ <JSFunction ?([^<]*)<([^>]*)>/,
    );
    if (!found) return [];
    const [, reason = '', name = '', url = ''] = found;
    return [{ function: name.trim() || '(anonymous)', file: url.replace(/^file:\/\//, ''), reason }];
  });
}

async function warmDeopts(id: string): Promise<{ deopts: Deopt[]; statuses: number[] }> {
  const { stdout } = await promisify(execFile)(
    process.execPath,
    ['--import', 'tsx', '--trace-deopt', '--trace-file-names', WORKER, id, String(INVOCATIONS)],
    { cwd: PROJECT_ROOT, env: childEnv(), maxBuffer: 256 * 1024 * 1024 },
  );
  const lines = stdout.split('\n');
  const warm = lines.indexOf(WARM_MARK);
  if (warm < 0) throw new Error(`The worker for ${id} never got warm:\n${stdout.slice(-2000)}`);
  const statusLine = lines.find((line) => line.startsWith(STATUSES_MARK));
  if (!statusLine) throw new Error(`The worker for ${id} did not finish:\n${stdout.slice(-2000)}`);
  return {
    deopts: deoptsIn(lines.slice(warm + 1)),
    statuses: JSON.parse(statusLine.slice(STATUSES_MARK.length)) as number[],
  };
}

describe('warm public handlers', () => {
  it('reads every deoptimisation from the trace, with its function, file and reason', () => {
    const line =
      '[bailout (kind: deopt-eager, reason: wrong map): begin. deoptimizing 0x0b19824b0751 <JSFunction maskWith <file:///srv/shared/anonymizer/anonymizer.ts> (sfi = 0x27a8a3b9ac21)>, 0x0565a8acd7c1 <Code TURBOFAN_JS>, opt id 410, bytecode offset 135]';
    expect(deoptsIn([line, '@@warm', '[marking 0x1 <JSFunction f> for optimization]'])).toEqual([
      { function: 'maskWith', file: '/srv/shared/anonymizer/anonymizer.ts', reason: 'wrong map' },
    ]);
  });

  it.each(PUBLIC_FUNCTIONS)(
    '%s keeps its compiled code over 10 000 invocations',
    async (id) => {
      const { deopts, statuses } = await warmDeopts(id);
      expect(statuses.length).toBeGreaterThan(0);
      expect(statuses.every((status) => BENCH_CASES[id].expectedStatuses.includes(status))).toBe(true);
      const own = deopts.filter(
        (deopt) =>
          OWN_CODE.some((folder) => deopt.file.startsWith(folder)) &&
          !deopt.reason.startsWith('Insufficient type feedback'),
      );
      expect(own).toEqual([]);
    },
    120_000,
  );
});
