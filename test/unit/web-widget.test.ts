import { describe, expect, it, vi } from 'vitest';
import { osloDay as serviceDay } from '#shared/time';
import { LANGUAGES as LANGS } from '../../shared/languages.ts';
import { bundleBrowserEntry } from '../../web/build.ts';
import { sendFeedback } from '../../web/widget/api.ts';
import { readConfig, type ScriptLike } from '../../web/widget/config.ts';
import { FEEDBACK_TEXTS, parseLang } from '../../web/widget/i18n.ts';
import { pageVote } from '../../web/widget/vote.ts';
import { hasVoted, osloDay, rememberVote } from '../../web/widget/voted.ts';
import { fakeStorage } from '../support/web-storage.ts';

const PAGE_ORIGIN = 'https://www.demo.kommune.no';

const script = (
  dataset: Record<string, string> = {},
  src = 'https://api.example.no/widget.js',
): ScriptLike => ({
  src,
  dataset: { site: 'demo', ...dataset },
});

describe('readConfig', () => {
  it('defaults to the script’s origin, bokmål and the feedback question, without the chat', () => {
    expect(readConfig(script(), PAGE_ORIGIN)).toEqual({
      site: 'demo',
      api: 'https://api.example.no',
      lang: 'nb',
      langs: ['nb', 'nn', 'en'],
      feedback: true,
      chat: false,
      chatSrc: 'https://api.example.no/chat.js',
    });
  });

  it('offers the chat in the languages data-langs names, in the service’s order, ignoring others', () => {
    const langs = (value: string) => readConfig(script({ langs: value }), PAGE_ORIGIN)?.langs;

    expect(langs('nn')).toEqual(['nn']);
    expect(langs('en nb')).toEqual(['nb', 'en']);
    expect(langs('nb,nn')).toEqual(['nb', 'nn']);
    expect(langs('sv NN')).toEqual([]);
  });

  it('adds the chat with data-chat="on" and loads chat.js from next to widget.js', () => {
    const config = readConfig(
      script(
        { chat: 'on', api: 'https://api.example.no' },
        'https://cdn.example.no/kommune/v2/widget.js?v=7',
      ),
      PAGE_ORIGIN,
    );

    expect(config).toMatchObject({
      chat: true,
      api: 'https://api.example.no',
      chatSrc: 'https://cdn.example.no/kommune/v2/chat.js',
    });
    expect(readConfig(script({ chat: 'yes' }), PAGE_ORIGIN)?.chat).toBe(false);
    expect(readConfig(script({}, ''), PAGE_ORIGIN)?.chatSrc).toBe(`${PAGE_ORIGIN}/chat.js`);
  });

  it('takes an http(s) privacy page, relative to the page, and drops any other scheme', () => {
    const privacyUrl = (value: string) => readConfig(script({ privacyUrl: value }), PAGE_ORIGIN)?.privacyUrl;

    expect(privacyUrl('/personvern')).toBe(`${PAGE_ORIGIN}/personvern`);
    expect(privacyUrl('https://www.grimstad.kommune.no/personvern')).toBe(
      'https://www.grimstad.kommune.no/personvern',
    );
    expect(privacyUrl('javascript:alert(1)')).toBeUndefined();
    expect(privacyUrl('data:text/html,hei')).toBeUndefined();
    expect(privacyUrl('')).toBeUndefined();
  });

  it('takes data-api without its trailing slash, data-lang and data-feedback="off"', () => {
    const config = readConfig(
      script({ api: 'https://svar.example.no/', lang: 'nn', feedback: 'off' }),
      PAGE_ORIGIN,
    );

    expect(config).toMatchObject({ api: 'https://svar.example.no', lang: 'nn', feedback: false });
  });

  it('uses the page’s origin for a script without src, and bokmål for an unknown language', () => {
    expect(readConfig(script({ lang: 'sv' }, ''), PAGE_ORIGIN)).toMatchObject({
      api: PAGE_ORIGIN,
      lang: 'nb',
    });
  });

  it('does nothing without data-site', () => {
    expect(readConfig({ src: '/widget.js', dataset: {} }, PAGE_ORIGIN)).toBeUndefined();
    expect(readConfig(null, PAGE_ORIGIN)).toBeUndefined();
  });
});

describe('feedback texts', () => {
  it('has every text in every language', () => {
    for (const lang of LANGS) {
      for (const [key, value] of Object.entries(FEEDBACK_TEXTS[lang])) {
        expect(typeof value === 'function' ? value(0, 1000) : value, `${lang}.${key}`).not.toBe('');
      }
    }
  });

  it('writes nynorsk as nynorsk, not as a copy of bokmål', () => {
    const { nb, nn } = FEEDBACK_TEXTS;

    expect(nn.question).toBe('Fann du det du leita etter?');
    expect(nn.thanks).toMatch(/^Takk for svaret!/);
    for (const key of ['question', 'label', 'notice', 'thanks', 'error'] as const) {
      expect(nn[key], key).not.toBe(nb[key]);
    }
    expect(nn.count(3, 1000)).toBe('3 av 1000 teikn');
  });

  it('falls back to bokmål for anything but nb, nn and en', () => {
    expect([parseLang('nn'), parseLang('en'), parseLang('NN'), parseLang(undefined)]).toEqual([
      'nn',
      'en',
      'nb',
      'nb',
    ]);
  });
});

describe('sendFeedback', () => {
  const config = { api: 'https://api.example.no', site: 'demo' };
  const vote = {
    url: `${PAGE_ORIGIN}/renovasjon`,
    found: false,
    comment: 'Hvor er tømmekalenderen?',
    lang: 'nb' as const,
  };

  it('posts the vote as JSON, without credentials and with keepalive', async () => {
    const fetchFn = vi.fn<typeof fetch>(async () => new Response('{"id":"x"}', { status: 201 }));

    const ok = await sendFeedback(config, vote, fetchFn);

    expect(ok).toBe(true);
    const [url, init] = fetchFn.mock.calls[0] ?? [];
    expect(url).toBe('https://api.example.no/v1/sites/demo/feedback');
    expect(init).toMatchObject({
      method: 'POST',
      headers: { 'content-type': 'application/json' },
      keepalive: true,
      credentials: 'omit',
    });
    expect(JSON.parse(String(init?.body))).toEqual(vote);
  });

  it('counts a replaced vote (200) as taken', async () => {
    expect(await sendFeedback(config, vote, async () => new Response('{}', { status: 200 }))).toBe(true);
  });

  it('resolves false, never rejects, when the service fails or cannot be reached', async () => {
    const answered = await sendFeedback(config, vote, async () => new Response('{}', { status: 503 }));
    const unreachable = await sendFeedback(config, vote, async () => {
      throw new TypeError('Failed to fetch');
    });
    const thrown = await sendFeedback(config, vote, () => {
      throw new Error('no fetch here');
    });

    expect([answered, unreachable, thrown]).toEqual([false, false, false]);
  });
});

/** A send whose answers the test gives, one at a time, in the order of the calls. */
function heldSend() {
  const answers: ((ok: boolean) => void)[] = [];
  const send = vi.fn((_found: boolean, _comment?: string) => new Promise<boolean>((r) => answers.push(r)));
  return { send, answer: (ok: boolean) => answers.shift()?.(ok) };
}

/** Lets every settled promise run its callbacks. */
const settle = () => new Promise((resolve) => setImmediate(resolve));

describe('pageVote', () => {
  it('sends Ja once, as a vote of its own', async () => {
    const { send, answer } = heldSend();

    const finished = pageVote(send).finish(true);
    answer(true);

    expect(await finished).toBe(true);
    expect(send.mock.calls).toEqual([[true, undefined]]);
  });

  it('sends Nei on the click, and a visitor who then leaves is counted', async () => {
    const { send, answer } = heldSend();

    const taken = pageVote(send).no();
    answer(true);

    expect(await taken).toBe(true);
    expect(send.mock.calls).toEqual([[false]]);
  });

  it('sends the comment as the same Nei again, once the click’s Nei has been answered', async () => {
    const { send, answer } = heldSend();
    const vote = pageVote(send);
    void vote.no();

    const finished = vote.finish(false, 'Fant ikke prisen');
    await settle();
    // The click's Nei is not answered yet: sent now, the comment could be replaced by it.
    expect(send).toHaveBeenCalledTimes(1);
    answer(true);
    await settle();
    answer(true);

    expect(await finished).toBe(true);
    expect(send.mock.calls).toEqual([[false], [false, 'Fant ikke prisen']]);
  });

  it('sends nothing more for a Nei without a comment that the service already took', async () => {
    const { send, answer } = heldSend();
    const vote = pageVote(send);
    void vote.no();
    answer(true);

    expect(await vote.finish(false)).toBe(true);
    expect(send).toHaveBeenCalledTimes(1);
  });

  it('sends the Nei again when the click’s one failed, with or without a comment', async () => {
    const { send, answer } = heldSend();
    const vote = pageVote(send);
    void vote.no();
    answer(false);

    const finished = vote.finish(false);
    await settle();
    answer(true);

    expect(await finished).toBe(true);
    expect(send.mock.calls).toEqual([[false], [false, undefined]]);
  });

  it('resolves false when the comment could not be sent, and sends it again on the next try', async () => {
    const { send, answer } = heldSend();
    const vote = pageVote(send);
    void vote.no();
    answer(true);
    const first = vote.finish(false, 'Hvor søker jeg?');
    await settle();
    answer(false);
    expect(await first).toBe(false);

    const second = vote.finish(false, 'Hvor søker jeg?');
    await settle();
    answer(true);

    expect(await second).toBe(true);
    expect(send.mock.calls.slice(1)).toEqual([
      [false, 'Hvor søker jeg?'],
      [false, 'Hvor søker jeg?'],
    ]);
  });
});

describe('voted-today memory', () => {
  const page = `${PAGE_ORIGIN}/renovasjon`;

  it('remembers a vote for the page and the day only', () => {
    const storage = fakeStorage();

    rememberVote(storage, page, '2026-11-23');

    expect(hasVoted(storage, page, '2026-11-23')).toBe(true);
    expect(hasVoted(storage, page, '2026-11-24')).toBe(false);
    expect(hasVoted(storage, `${PAGE_ORIGIN}/byggesak`, '2026-11-23')).toBe(false);
    expect(Object.fromEntries(storage.items)).toEqual({ [`kommune-feedback:voted:${page}`]: '2026-11-23' });
  });

  it('drops earlier days’ entries and leaves other keys alone', () => {
    const storage = fakeStorage({
      [`kommune-feedback:voted:${PAGE_ORIGIN}/gammel`]: '2026-11-20',
      [`kommune-feedback:voted:${PAGE_ORIGIN}/i-dag`]: '2026-11-23',
      'host-page-setting': 'keep',
    });

    rememberVote(storage, page, '2026-11-23');

    expect([...storage.items.keys()].sort()).toEqual([
      'host-page-setting',
      `kommune-feedback:voted:${PAGE_ORIGIN}/i-dag`,
      `kommune-feedback:voted:${PAGE_ORIGIN}/renovasjon`,
    ]);
  });

  it('keeps going when storage is missing or blocked', () => {
    const blocked = fakeStorage({}, true);

    expect(() => rememberVote(blocked, page, '2026-11-23')).not.toThrow();
    expect(() => rememberVote(undefined, page, '2026-11-23')).not.toThrow();
    expect(hasVoted(blocked, page, '2026-11-23')).toBe(false);
    expect(hasVoted(undefined, page, '2026-11-23')).toBe(false);
  });

  it('uses the same Oslo day as the service', () => {
    for (const instant of ['2026-11-22T23:30:00Z', '2026-06-30T22:30:00Z', '2026-06-30T21:30:00Z']) {
      expect(osloDay(new Date(instant))).toBe(serviceDay(new Date(instant)));
    }
  });
});

describe('the built widget', () => {
  it('reads no cookies, user agent or other identifiers and does not use innerHTML or eval', () => {
    const bundle = bundleBrowserEntry('page-widgets.ts');

    expect(bundle).not.toMatch(/document\.cookie|navigator\.|sessionStorage|innerHTML|eval\(|new Function/);
  });
});
