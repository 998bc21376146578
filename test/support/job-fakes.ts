import type {
  JobState,
  JobStateStore,
  MaskedSpans,
  RecentQuestions,
  RecheckTotals,
  StoredQuestion,
} from '#shared/jobs/ports';

/** Far enough ahead that no fake question expires during a test. */
const IN_A_WEEK = Date.parse('2026-11-23T10:00:00Z') / 1000 + 7 * 86_400;

/**
 * An in-memory question log: pages of `pageSize` in write order, rewrites recorded, and the
 * weekly counts of masked spans added with the rewrite that masked them, as the store does.
 */
export class InMemoryQuestions implements RecentQuestions {
  readonly items = new Map<string, StoredQuestion>();
  /** `<siteId> <week>` → category → spans counted. */
  readonly masked = new Map<string, Record<string, number>>();
  readonly windows: [number, number][] = [];
  /** Run just before a rewrite lands, to simulate what happens between the read and the write. */
  beforeRewrite?: (question: StoredQuestion) => void;

  constructor(private readonly pageSize = 2) {}

  add(id: string, text: string, writtenAt: number, extra: Partial<StoredQuestion> = {}) {
    this.items.set(id, { ref: id, siteId: 'demo', text, writtenAt, expiresAt: IN_A_WEEK, ...extra });
  }

  async *writtenBetween(fromMs: number, toMs: number) {
    this.windows.push([fromMs, toMs]);
    const inWindow = [...this.items.values()]
      .filter((q) => q.writtenAt >= fromMs && q.writtenAt <= toMs)
      .sort((a, b) => a.writtenAt - b.writtenAt);
    for (let i = 0; i < inWindow.length; i += this.pageSize) {
      yield inWindow.slice(i, i + this.pageSize).map((q) => ({ ...q }));
    }
  }

  async rewrite(question: StoredQuestion, text: string, rulesetVersion: number, masked?: MaskedSpans) {
    this.beforeRewrite?.(question);
    const current = this.items.get(question.ref as string);
    if (!current || current.text !== question.text) return false;
    this.items.set(question.ref as string, { ...current, text, rulesetVersion });
    if (masked) {
      const key = `${masked.siteId} ${masked.week}`;
      const week = this.masked.get(key) ?? {};
      for (const [category, n] of Object.entries(masked.counts))
        week[category] = (week[category] ?? 0) + (n ?? 0);
      this.masked.set(key, week);
    }
    return true;
  }
}

export class InMemoryState implements JobStateStore {
  state: JobState | undefined;
  readonly totals = new Map<string, RecheckTotals[]>();
  async load() {
    return this.state && { ...this.state };
  }
  async save(state: JobState) {
    if (!this.state || this.state.checkedTo <= state.checkedTo) this.state = { ...state };
  }
  async addTotals(day: string, totals: RecheckTotals) {
    this.totals.set(day, [...(this.totals.get(day) ?? []), totals]);
  }
}
