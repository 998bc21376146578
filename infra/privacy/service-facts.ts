import { CATEGORY_PRIORITY } from '../../shared/anonymizer/categories.ts';
import { VOTE_KEPT_DAYS } from '../../shared/retention.ts';
import type { Site } from '../../shared/sites.ts';
import { JOBS } from '../functions.ts';
import type { PrivacyFacts } from './statement.ts';

/** The hours between two runs of a `rate(…)` schedule. */
export function scheduleHours(schedule: string): number {
  const match = /^rate\((\d+) (minutes?|hours?|days?)\)$/.exec(schedule);
  if (!match) throw new Error(`Not a rate schedule: ${schedule}`);
  const [, count, unit] = match;
  const perUnit = unit?.startsWith('minute') ? 1 / 60 : unit?.startsWith('day') ? 24 : 1;
  return Number(count) * perUnit;
}

/** What the service does for one site, whichever way it runs: the facts neither runtime decides. */
export function serviceFacts(
  site: Site,
): Omit<
  PrivacyFacts,
  'where' | 'staffSignIn' | 'logRetentionDays' | 'commentRetentionDays' | 'auditRetentionDays'
> {
  return {
    siteName: site.name,
    languages: site.languages,
    chatRetentionDays: site.chatRetentionDays,
    voteKeptDays: VOTE_KEPT_DAYS,
    recheckHours: scheduleHours(JOBS.anonymizeChat.schedule),
    categories: CATEGORY_PRIORITY,
  };
}
