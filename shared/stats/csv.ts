import { stringify } from 'csv-stringify/sync';
import { intentTitle } from '../chat/bot/intents.ts';
import type { Language } from '../languages.ts';
import type { ChatStats } from './chat-stats.ts';
import { CSV_WORDS } from './csv-words.ts';
import type { FeedbackStats } from './feedback-stats.ts';
import type { DayRange } from './range.ts';
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

/** One table of the feedback statistics (a CSV file holds one table), in the editor's language. */
export function feedbackCsv(stats: FeedbackStats, table: FeedbackTable, lang: Language): string {
  const { header } = CSV_WORDS[lang].feedback[table];
  if (table === 'pages') {
    return toCsv(
      header,
      stats.pages.map((p) => [p.url, p.found, p.notFound, p.comments]),
    );
  }
  return toCsv(
    header,
    stats.daily.map((d) => [d.date, d.found, d.notFound]),
  );
}

/** One table of the chat statistics, with topics, platforms and browsers named in the editor's language. */
export function chatCsv(stats: ChatStats, table: ChatTable, lang: Language): string {
  const words = CSV_WORDS[lang];
  const { header } = words.chat[table];
  switch (table) {
    case 'intents':
      return toCsv(
        header,
        stats.intents.map((i) => [intentTitle(i.intent, lang), i.count]),
      );
    case 'platforms':
      return toCsv(
        header,
        Object.entries(stats.platforms).map(([platform, n]) => [
          words.platforms[platform as keyof typeof words.platforms],
          n,
        ]),
      );
    case 'browsers':
      return toCsv(
        header,
        stats.browsers.map((b) => [
          b.name === 'other' || b.name === 'unknown' ? words.browsers[b.name] : b.name,
          b.count,
        ]),
      );
    case 'daily':
      return toCsv(
        header,
        stats.daily.map((d) => [d.date, d.conversations, d.messages, d.fallback, d.downloads, d.deletions]),
      );
  }
}

/**
 * The name a CSV table is downloaded under, in the editor's language: what it holds and its
 * range, e.g. `tilbakemeldinger-sider-2026-11-01-til-2026-11-30.csv`. ASCII only.
 */
export function csvFileName(
  stats: { kind: 'feedback'; table: FeedbackTable } | { kind: 'chat'; table: ChatTable },
  days: DayRange,
  lang: Language,
): string {
  const words = CSV_WORDS[lang];
  const file = stats.kind === 'feedback' ? words.feedback[stats.table].file : words.chat[stats.table].file;
  return `${file}-${days.from}-${words.until}-${days.to}.csv`;
}
