import type { CounterDelta, StoredVote } from '#shared/feedback/feedback';
import type { DailySaltStore, FeedbackCounterStore, VoteStore } from '#shared/feedback/ports';
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

export class InMemoryVoteStore implements VoteStore {
  readonly items = new Map<string, StoredVote>();
  private key = (v: StoredVote) => `${v.siteId}|${v.day}|${v.voterKey}`;

  async put(vote: StoredVote) {
    const previous = this.items.get(this.key(vote));
    this.items.set(this.key(vote), vote);
    return previous;
  }

  async revert(vote: StoredVote, previous: StoredVote | undefined) {
    if (this.items.get(this.key(vote))?.id !== vote.id) return;
    if (previous) this.items.set(this.key(vote), previous);
    else this.items.delete(this.key(vote));
  }
}

export class InMemoryCounters implements FeedbackCounterStore {
  readonly pages = new Map<string, CounterDelta>();
  failNext = false;

  async add(siteId: string, day: string, url: string, delta: CounterDelta) {
    if (this.failNext) {
      this.failNext = false;
      throw new Error('simulated outage');
    }
    const key = `${siteId}|${day}|${url}`;
    const current = this.pages.get(key) ?? { found: 0, notFound: 0, comments: 0 };
    this.pages.set(key, {
      found: current.found + delta.found,
      notFound: current.notFound + delta.notFound,
      comments: current.comments + delta.comments,
    });
  }
}

export class FixedSalts implements DailySaltStore {
  readonly requested: string[] = [];
  async saltFor(day: string) {
    this.requested.push(day);
    return new TextEncoder().encode(`salt-${day}`);
  }
}
