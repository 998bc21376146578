/** A range of calendar days (Europe/Oslo), both ends included. */
export interface DayRange {
  from: string;
  to: string;
}

/** The longest range one statistics request may ask for. */
export const MAX_RANGE_DAYS = 400;
/** Without `from`/`to`, the statistics cover the last 30 days up to today. */
export const DEFAULT_RANGE_DAYS = 30;
