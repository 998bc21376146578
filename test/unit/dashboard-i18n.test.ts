import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import {
  DASHBOARD_LANGS,
  DASHBOARD_TEXTS,
  type DashboardTexts,
  formatters,
  parseDashboardLang,
} from '../../web/dashboard/i18n.ts';

/** Every text of a language, functions called with sample arguments, by key path. */
function flatten(texts: DashboardTexts): Record<string, string> {
  const out: Record<string, string> = {};
  const walk = (value: unknown, path: string) => {
    if (typeof value === 'string') out[path] = value;
    else if (typeof value === 'function') out[path] = String(value('X', 'Y', 'Z', 'W'));
    else if (value && typeof value === 'object')
      for (const [key, v] of Object.entries(value)) walk(v, `${path}.${key}`);
  };
  walk(texts, '');
  return out;
}

describe('dashboard texts', () => {
  it('has every text in bokmål, nynorsk and English', () => {
    const keys = Object.keys(flatten(DASHBOARD_TEXTS.nb)).sort();
    for (const lang of DASHBOARD_LANGS) {
      const texts = flatten(DASHBOARD_TEXTS[lang]);
      expect(Object.keys(texts).sort()).toEqual(keys);
      expect(Object.values(texts).filter((text) => text.trim() === '')).toEqual([]);
    }
  });

  it('writes nynorsk as nynorsk: the sentences differ from bokmål', () => {
    const nb = flatten(DASHBOARD_TEXTS.nb);
    const nn = flatten(DASHBOARD_TEXTS.nn);
    // Long texts are sentences; a nynorsk sentence equal to the bokmål one is a copy, unless it
    // is written the same in both ("Viser 3 av 12 sider.").
    const same = new Set(['.pagesShown']);
    const sentences = Object.keys(nb).filter((key) => (nb[key] ?? '').split(' ').length >= 5);
    expect(sentences.length).toBeGreaterThan(15);
    expect(sentences.filter((key) => nn[key] === nb[key] && !same.has(key))).toEqual([]);
    const joined = Object.values(nn).join(' ');
    for (const word of ['ikkje', 'frå', 'dagar', 'samtalar', 'fann'])
      expect(joined.toLowerCase()).toContain(word);
    expect(joined).not.toMatch(/\b(ikke|fra|dager|samtaler|fant)\b/i);
  });

  it('falls back to bokmål for an unknown language', () => {
    expect(parseDashboardLang('nn')).toBe('nn');
    expect(parseDashboardLang('sv')).toBe('nb');
    expect(parseDashboardLang(null)).toBe('nb');
  });
});

describe('formatters', () => {
  it('writes numbers, shares and days the Norwegian way in bokmål', () => {
    const fmt = formatters('nb');

    expect(fmt.integer(12345).replace(/\s/g, ' ')).toBe('12 345');
    expect(fmt.percent(0.125).replace(/\s/g, ' ')).toBe('12,5 %');
    expect(fmt.percent(undefined)).toBe('–');
    expect(fmt.day('2026-11-03')).toBe('3. november 2026');
    expect(fmt.range('2026-11-23', '2026-11-23')).toBe('23. november 2026');
    expect(fmt.range('2026-10-25', '2026-11-23')).toMatch(/^25\. okt.*23\. nov.*2026$/);
  });

  it('writes English dates in English', () => {
    expect(formatters('en').day('2026-11-03')).toBe('3 November 2026');
  });

  it('shows a stored moment in Oslo time', () => {
    expect(formatters('nb').moment('2026-11-22T23:30:00Z')).toBe('23.11.2026, 00:30');
  });
});

describe('the dashboard sources', () => {
  it('never parse HTML or code: server data is only ever set as text', () => {
    const dir = join(import.meta.dirname, '../../web/dashboard');
    for (const name of readdirSync(dir).filter((file) => file.endsWith('.ts'))) {
      const source = readFileSync(join(dir, name), 'utf8');
      expect({
        name,
        found: source.match(/innerHTML|outerHTML|insertAdjacentHTML|document\.write|eval\(|new Function/g),
      }).toEqual({
        name,
        found: null,
      });
    }
  });
});
