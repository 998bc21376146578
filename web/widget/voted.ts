/**
 * The widget remembers only "voted on this page today": a key per page (origin and path)
 * whose value is the day. Nothing identifies the visitor, and entries from earlier days are
 * removed whenever a new vote is remembered. Storage may be missing or throw (private mode,
 * blocked site data); then the widget just forgets.
 */
const PREFIX = 'kommune-feedback:voted:';

/** Today in Europe/Oslo, the service's calendar; any stable day string would do. */
export function osloDay(now: Date = new Date()): string {
  try {
    return now.toLocaleDateString('en-CA', { timeZone: 'Europe/Oslo' });
  } catch {
    return now.toDateString();
  }
}

export function browserStorage(): Storage | undefined {
  try {
    return window.localStorage;
  } catch {
    return undefined;
  }
}

type StorageLike = Pick<Storage, 'getItem' | 'setItem' | 'removeItem' | 'key' | 'length'>;

export function hasVoted(storage: StorageLike | undefined, page: string, day: string): boolean {
  try {
    return storage?.getItem(PREFIX + page) === day;
  } catch {
    return false;
  }
}

export function rememberVote(storage: StorageLike | undefined, page: string, day: string): void {
  if (!storage) return;
  try {
    for (let i = storage.length - 1; i >= 0; i--) {
      const key = storage.key(i);
      if (key?.startsWith(PREFIX) && storage.getItem(key) !== day) storage.removeItem(key);
    }
    storage.setItem(PREFIX + page, day);
  } catch {
    // Full or blocked storage: the vote is sent all the same, only not remembered.
  }
}
