/**
 * The browsers the chat log names. A closed list on purpose: bowser answers an unknown
 * `Name/1.0` token with that name, so anything outside this list would be free text from the
 * visitor's header, kept in the chat items and in counters that never expire.
 */
export const BROWSER_NAMES = [
  'Chrome',
  'Safari',
  'Firefox',
  'Microsoft Edge',
  'Samsung Internet',
  'Opera',
  'Vivaldi',
  'Brave',
  'DuckDuckGo',
  'Chromium',
  'Firefox Focus',
  'Yandex Browser',
  'UC Browser',
  'Internet Explorer',
  'Android Browser',
  'Silk',
  'MIUI Browser',
  'Whale',
  'QQ Browser',
  'Pale Moon',
  'LibreWolf',
  'SeaMonkey',
  'Epiphany',
] as const;
export type BrowserName = (typeof BROWSER_NAMES)[number];

/** What a conversation's browser is counted under: a known browser, `other`, or `unknown` (no User-Agent). */
export type BrowserLabel = BrowserName | 'other' | 'unknown';

/**
 * bowser's names (node_modules/bowser/src/parser-browsers.js) for the browsers above, where
 * they differ or where several of bowser's names are one browser. A Map, not an object: the
 * name comes from the header, and `constructor` must not find a prototype member.
 */
const FROM_BOWSER = new Map<string, BrowserName>([
  ...BROWSER_NAMES.map((name): [string, BrowserName] => [name, name]),
  ['Samsung Internet for Android', 'Samsung Internet'],
  ['Opera Touch', 'Opera'],
  ['Opera Coast', 'Opera'],
  ['Focus', 'Firefox Focus'],
  ['Amazon Silk', 'Silk'],
  ['Miui', 'MIUI Browser'],
  ['NAVER Whale Browser', 'Whale'],
  ['QQ Browser Lite', 'QQ Browser'],
]);

/** The listed browser bowser's name stands for, else `other` (bots and unknown tokens too). */
export function browserFromBowser(name: string): BrowserName | 'other' {
  return FROM_BOWSER.get(name) ?? 'other';
}

/**
 * The label a browser counter is summed under. Counters written before the list existed are
 * named `<name> <major>` and may hold any token a visitor sent; they count under the listed
 * browser they name, else `other`, so no such text reaches the statistics.
 */
export function browserCounterLabel(counterName: string): BrowserLabel {
  if (counterName === 'other' || counterName === 'unknown') return counterName;
  return browserFromBowser(counterName.replace(/ \d+$/, ''));
}
