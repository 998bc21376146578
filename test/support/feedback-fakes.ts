import type { CounterDelta, StoredVote } from '#shared/feedback/feedback';
import type { DailySaltStore, SaveOutcome, VoteStore } from '#shared/feedback/ports';
import { type Site, SiteRegistry, siteSchema } from '#shared/sites';

export function aSite(overrides: Partial<Site> = {}): Site {
  return siteSchema.parse({
    id: 'grimstad',
    name: 'Grimstad kommune',
    origins: ['https://www.grimstad.kommune.no'],
    ...overrides,
  });
}

export const sitesOf = (...sites: Site[]) => new SiteRegistry(sites.length ? sites : [aSite()]);

/** The votes and the page counters in memory, with the transaction the DynamoDB store makes. */
export class InMemoryVoteStore implements VoteStore {
  readonly items = new Map<string, StoredVote>();
  readonly pages = new Map<string, CounterDelta>();
  /** The next save fails as an outage would: nothing is written. */
  failNext = false;
  /** What another request does just before the next saves are looked at (races). */
  readonly meanwhile: (() => void)[] = [];
  readonly key = (v: StoredVote) => `${v.siteId}|${v.day}|${v.voterKey}`;

  async save(vote: StoredVote, previous: StoredVote | undefined, delta: CounterDelta): Promise<SaveOutcome> {
    this.meanwhile.shift()?.();
    if (this.failNext) {
      this.failNext = false;
      throw new Error('simulated outage');
    }
    const current = this.items.get(this.key(vote));
    if (current?.id !== previous?.id) return { saved: false, current };
    this.items.set(this.key(vote), vote);
    const page = `${vote.siteId}|${vote.day}|${vote.url}`;
    const counts = this.pages.get(page) ?? { found: 0, notFound: 0, comments: 0 };
    this.pages.set(page, {
      found: counts.found + delta.found,
      notFound: counts.notFound + delta.notFound,
      comments: counts.comments + delta.comments,
    });
    return { saved: true };
  }
}

export class FixedSalts implements DailySaltStore {
  readonly requested: string[] = [];
  async saltFor(day: string) {
    this.requested.push(day);
    return new TextEncoder().encode(`salt-${day}`);
  }
}
