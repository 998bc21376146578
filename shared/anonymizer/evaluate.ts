import { z } from 'zod';
import { LANGUAGES } from '../languages.ts';
import { type MaskOptions, mask } from './anonymizer.ts';

/** One labelled case, in the format of the team's public corpus (`pii-public.jsonl`). */
const corpusCaseSchema = z.object({
  text: z.string(),
  hide: z.array(z.string()),
  keep: z.array(z.string()),
  cat: z.string().min(1),
  lang: z.enum(LANGUAGES).optional(),
});
export type CorpusCase = z.infer<typeof corpusCaseSchema>;

/** Parses JSON Lines; a bad line is an error naming its line number. */
export function parseCorpus(jsonl: string): CorpusCase[] {
  const cases: CorpusCase[] = [];
  jsonl.split('\n').forEach((line, index) => {
    if (!line.trim()) return;
    const parsed = corpusCaseSchema.safeParse(JSON.parse(line));
    if (!parsed.success)
      throw new Error(`line ${index + 1}: ${parsed.error.issues[0]?.message ?? 'invalid case'}`);
    cases.push(parsed.data);
  });
  return cases;
}

export interface Score {
  category: string;
  cases: number;
  /** Hide strings that no longer appear in the masked text. */
  hidden: number;
  hideTotal: number;
  /** Keep strings that still appear in the masked text. */
  kept: number;
  keepTotal: number;
}

export interface CaseResult {
  case: CorpusCase;
  masked: string;
  leaked: string[];
  lost: string[];
}

/** Recall is the share of hide strings gone; with none to hide it is 1. */
export const recall = (s: Score): number => (s.hideTotal === 0 ? 1 : s.hidden / s.hideTotal);
/** Precision is the share of keep strings kept; with none to keep it is 1. */
export const precision = (s: Score): number => (s.keepTotal === 0 ? 1 : s.kept / s.keepTotal);

/**
 * The site the corpora are written for: their writers were told that the municipality's
 * chatbot is called "Frida", a name the site configures as its own (`ownNames`).
 */
const CORPUS_SITE_OPTIONS: MaskOptions = { ownNames: ['Frida'] };

export function evaluate(cases: readonly CorpusCase[], options: MaskOptions = CORPUS_SITE_OPTIONS) {
  const byCategory = new Map<string, Score>();
  const overall: Score = { category: 'overall', cases: 0, hidden: 0, hideTotal: 0, kept: 0, keepTotal: 0 };
  const results: CaseResult[] = [];
  for (const c of cases) {
    const masked = mask(c.text, options).text;
    const leaked = c.hide.filter((h) => masked.includes(h));
    const lost = c.keep.filter((k) => !masked.includes(k));
    results.push({ case: c, masked, leaked, lost });
    const score = byCategory.get(c.cat) ?? {
      category: c.cat,
      cases: 0,
      hidden: 0,
      hideTotal: 0,
      kept: 0,
      keepTotal: 0,
    };
    for (const s of [score, overall]) {
      s.cases += 1;
      s.hideTotal += c.hide.length;
      s.hidden += c.hide.length - leaked.length;
      s.keepTotal += c.keep.length;
      s.kept += c.keep.length - lost.length;
    }
    byCategory.set(c.cat, score);
  }
  const categories = [...byCategory.values()].sort((a, b) => a.category.localeCompare(b.category));
  return { categories, overall, results };
}

const fixed = (n: number) => n.toFixed(3);

/** A plain table, one line per category and the overall figure as the last line. */
export function formatReport(report: ReturnType<typeof evaluate>): string {
  const rows = [...report.categories, report.overall].map((s) =>
    [
      s.category.padEnd(12),
      String(s.cases).padStart(6),
      `${s.hidden}/${s.hideTotal}`.padStart(10),
      fixed(recall(s)).padStart(7),
      `${s.kept}/${s.keepTotal}`.padStart(10),
      fixed(precision(s)).padStart(9),
    ].join('  '),
  );
  const header = [
    'category'.padEnd(12),
    'cases'.padStart(6),
    'hidden'.padStart(10),
    'recall'.padStart(7),
    'kept'.padStart(10),
    'precision'.padStart(9),
  ].join('  ');
  return [header, ...rows].join('\n');
}
