/** Lines of test/support/warm-deopts-worker.ts among V8's trace, read by test/unit/warm-deopts.test.ts. */

/** Printed after the first invocation: what V8 reports after it concerns warm code. */
export const WARM_MARK = '@@warm';

/** Printed at the end, before the statuses the handler answered with (JSON). */
export const STATUSES_MARK = '@@statuses';
