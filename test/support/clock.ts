import type { Clock } from '#shared/time';

/** A clock that says what the test sets: `current`, a fixed instant unless changed. */
export class FakeClock implements Clock {
  constructor(public current = new Date('2026-11-23T10:00:00Z')) {}
  now() {
    return this.current;
  }
}
