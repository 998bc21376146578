import { stringify } from 'csv-stringify/sync';
import type { ChatStats } from './chat-stats.ts';
import type { FeedbackStats } from './feedback-stats.ts';
import type { ChatTable, FeedbackTable } from './tables.ts';

/** The first characters that make a spreadsheet read a cell as a formula (OWASP, "CSV Injection"). */
const FORMULA_START = /^[=+\-@\t\r]/;

/**
 * A text cell as a spreadsheet must show it: one that would start a formula gets a leading
 * apostrophe, which Excel and LibreOffice take as "this is text", and is quoted (OWASP's
 * advice). A comment or a page URL comes from a visitor, so `=HYPERLINK(…)` must stay text.
 */
const neutraliseCell = (cell: string | number): string | number =>
  typeof cell === 'string' && FORMULA_START.test(cell) ? `'${cell}` : cell;

/**
 * CSV for spreadsheets as Norwegian offices use them: UTF-8 with a byte-order mark (else
 * Excel reads "æøå" as Latin-1), semicolons (Excel with Norwegian settings expects them, as
 * the comma is the decimal sign), CRLF line ends, a header row, quoting where needed, and no
 * cell that a spreadsheet would run as a formula.
 */
export function toCsv(header: readonly string[], rows: readonly (readonly (string | number)[])[]): string {
  return stringify(
    [header, ...rows].map((row) => row.map(neutraliseCell)),
    { bom: true, delimiter: ';', record_delimiter: 'windows', quoted_match: /^'[=+\-@\t\r]/ },
  );
}

export { CHAT_TABLES, FEEDBACK_TABLES } from './tables.ts';

/** One table of the feedback statistics (a CSV file holds one table). */
export function feedbackCsv(stats: FeedbackStats, table: FeedbackTable): string {
  if (table === 'pages') {
    return toCsv(
      ['url', 'found', 'notFound', 'comments'],
      stats.pages.map((p) => [p.url, p.found, p.notFound, p.comments]),
    );
  }
  return toCsv(
    ['date', 'found', 'notFound'],
    stats.daily.map((d) => [d.date, d.found, d.notFound]),
  );
}

/** One table of the chat statistics. */
export function chatCsv(stats: ChatStats, table: ChatTable): string {
  switch (table) {
    case 'intents':
      return toCsv(
        ['intent', 'count'],
        stats.intents.map((i) => [i.intent, i.count]),
      );
    case 'platforms':
      return toCsv(['platform', 'count'], Object.entries(stats.platforms));
    case 'browsers':
      return toCsv(
        ['browser', 'count'],
        stats.browsers.map((b) => [b.name, b.count]),
      );
    case 'daily':
      return toCsv(
        ['date', 'conversations', 'messages', 'fallback', 'downloads', 'deletions'],
        stats.daily.map((d) => [d.date, d.conversations, d.messages, d.fallback, d.downloads, d.deletions]),
      );
  }
}
