import { describe, expect, it, vi } from 'vitest';
import { LANGUAGES as LANGS } from '../../shared/languages.ts';
import { bundleBrowserEntry } from '../../web/build.ts';
import { type ChatAccess, chatApi } from '../../web/widget/chat-api.ts';
import { CHAT_TEXTS, type ChatTexts, LANGUAGE_NAMES } from '../../web/widget/chat-i18n.ts';
import {
  chatSession,
  clearAccess,
  loadAccess,
  saveAccess,
  transcriptFileName,
} from '../../web/widget/chat-session.ts';
import { LAUNCHER_TEXTS } from '../../web/widget/i18n.ts';
import { fakeChatService as fakeService } from '../support/web-chat-service.ts';
import { fakeStorage } from '../support/web-storage.ts';

const API = 'https://api.example.no';
const PAGE = 'https://www.demo.kommune.no/renovasjon';
const STORAGE_KEY = 'kommune-chat:demo';

function sessionWith(service = fakeService(), storage = fakeStorage()) {
  const session = chatSession({
    api: chatApi({ api: API, site: 'demo' }, service.fetchFn),
    storage,
    site: 'demo',
    lang: 'nn',
    startUrl: PAGE,
  });
  return { session, service, storage };
}

describe('chat texts', () => {
  const keys = Object.keys(CHAT_TEXTS.nb) as (keyof ChatTexts)[];

  it('has every text, and the same texts, in every language', () => {
    for (const lang of LANGS) {
      expect(Object.keys(CHAT_TEXTS[lang]).sort(), lang).toEqual([...keys].sort());
      for (const key of keys) expect(CHAT_TEXTS[lang][key].trim(), `${lang}.${key}`).not.toBe('');
      expect(LAUNCHER_TEXTS[lang].open, lang).not.toBe('');
      expect(LAUNCHER_TEXTS[lang].loadError, lang).not.toBe('');
    }
  });

  it('writes nynorsk as nynorsk, not as a copy of bokmål', () => {
    const { nb, nn } = CHAT_TEXTS;
    const differing = keys.filter((key) => nn[key] !== nb[key]);

    expect(differing.length).toBeGreaterThan(keys.length / 2);
    for (const key of [
      'intro',
      'question',
      'forget',
      'confirmForget',
      'forgotten',
      'gone',
      'ended',
    ] as const) {
      expect(nn[key], key).not.toBe(nb[key]);
    }
    for (const key of ['privacy', 'error', 'full', 'menuEmpty', 'restart', 'downloaded'] as const) {
      expect(nn[key], key).not.toBe(nb[key]);
    }
    expect([nn.question, nn.forget, LAUNCHER_TEXTS.nn.open]).toEqual([
      'Kva lurer du på?',
      'Gløym meg',
      'Spør oss',
    ]);
    expect(nn.privacy).toMatch(/ikkje IP-adressa di/);
    expect(nn.intro).toMatch(/Ikkje skriv personopplysningar/);
    expect(LAUNCHER_TEXTS.nn.loadError).not.toBe(LAUNCHER_TEXTS.nb.loadError);
  });

  it('tells the visitor not to write personal data before the conversation exists, and greets no one', () => {
    for (const lang of LANGS) expect(CHAT_TEXTS[lang].intro, lang).not.toMatch(/^(Hei|Hello)/);
    expect(CHAT_TEXTS.nb.intro).toMatch(/Ikke skriv personopplysninger/);
    expect(CHAT_TEXTS.en.intro).toMatch(/do not write personal information/);
  });

  it('names each language in itself, and the choice in the window’s language', () => {
    expect(LANGUAGE_NAMES).toEqual({ nb: 'Bokmål', nn: 'Nynorsk', en: 'English' });
    expect([CHAT_TEXTS.nb.language, CHAT_TEXTS.nn.language, CHAT_TEXTS.en.language]).toEqual([
      'Språk',
      'Språk',
      'Language',
    ]);
    for (const lang of LANGS) expect(CHAT_TEXTS[lang].menu, lang).toMatch(/språk|language/);
  });

  it('names the menu items as the issue does, and tells the 21 days in the privacy note', () => {
    expect([CHAT_TEXTS.nb.download, CHAT_TEXTS.nb.forget, LAUNCHER_TEXTS.nb.open]).toEqual([
      'Last ned samtalen',
      'Glem meg',
      'Spør oss',
    ]);
    for (const lang of LANGS) {
      expect(CHAT_TEXTS[lang].privacy, lang).toMatch(/21/);
      expect(CHAT_TEXTS[lang].privacy, lang).toMatch(/IP/);
    }
  });
});

describe('stored conversation access', () => {
  const access: ChatAccess = { id: 'c1', token: 't1' };

  it('keeps the id, the token and the lines shown per site, and nothing else', () => {
    const storage = fakeStorage({ 'host-page-setting': 'keep' });

    saveAccess(storage, 'demo', access, [{ role: 'user', text: 'Hei' }]);

    expect(Object.fromEntries(storage.items)).toEqual({
      'host-page-setting': 'keep',
      [STORAGE_KEY]: JSON.stringify({ ...access, lines: [{ role: 'user', text: 'Hei' }] }),
    });
    expect(loadAccess(storage, 'demo')).toEqual(access);
    expect(loadAccess(storage, 'grimstad')).toBeUndefined();
    clearAccess(storage, 'demo');
    expect(loadAccess(storage, 'demo')).toBeUndefined();
    expect(storage.items.get('host-page-setting')).toBe('keep');
  });

  it('ignores a damaged or foreign value', () => {
    for (const value of ['{', '"c1"', 'null', '{"id":"c1"}', '{"id":1,"token":"t"}']) {
      expect(loadAccess(fakeStorage({ [STORAGE_KEY]: value }), 'demo'), value).toBeUndefined();
    }
  });

  it('keeps going when storage is missing or blocked', () => {
    const blocked = fakeStorage({}, true);

    expect(() => saveAccess(blocked, 'demo', access)).not.toThrow();
    expect(() => clearAccess(blocked, 'demo')).not.toThrow();
    expect(loadAccess(blocked, 'demo')).toBeUndefined();
    expect(loadAccess(undefined, 'demo')).toBeUndefined();
  });
});

describe('chatApi', () => {
  const access: ChatAccess = { id: 'c/1', token: 'secret-token' };

  it('starts a conversation with the language and the page, without credentials', async () => {
    const fetchFn = vi.fn<typeof fetch>(
      async () => new Response(JSON.stringify({ conversationId: 'c1', token: 't1' }), { status: 201 }),
    );

    const result = await chatApi({ api: API, site: 'demo' }, fetchFn).start('nn', PAGE);

    expect(result).toEqual({ ok: true, data: { id: 'c1', token: 't1', greeting: '' } });
    const [url, init] = fetchFn.mock.calls[0] ?? [];
    expect(url).toBe(`${API}/v1/sites/demo/conversations`);
    expect(init).toMatchObject({
      method: 'POST',
      headers: { 'content-type': 'application/json' },
      credentials: 'omit',
      cache: 'no-store',
    });
    expect(JSON.parse(String(init?.body))).toEqual({ lang: 'nn', startUrl: PAGE });
  });

  it('hands over the service’s greeting with the new conversation', async () => {
    const body = {
      conversationId: 'c1',
      token: 't1',
      greeting: { text: 'Hei! Ikke skriv personopplysninger.' },
    };
    const api = chatApi(
      { api: API, site: 'demo' },
      async () => new Response(JSON.stringify(body), { status: 201 }),
    );

    expect(await api.start('nb', PAGE)).toEqual({
      ok: true,
      data: { id: 'c1', token: 't1', greeting: 'Hei! Ikke skriv personopplysninger.' },
    });
  });

  it('sends a question as its text alone, and with the language only when one is given', async () => {
    const fetchFn = vi.fn<typeof fetch>(async () => new Response('{}', { status: 201 }));
    const api = chatApi({ api: API, site: 'demo' }, fetchFn);

    await api.post(access, 'Hei');
    await api.post(access, 'Hei', 'nn');

    const bodies = fetchFn.mock.calls.map(([, init]) => String(init?.body));
    expect(bodies).toEqual(['{"text":"Hei"}', '{"text":"Hei","lang":"nn"}']);
  });

  it('sends the token as a bearer token, and the id escaped in the path', async () => {
    const fetchFn = vi.fn<typeof fetch>(async () => new Response('samtale', { status: 200 }));
    const api = chatApi({ api: API, site: 'demo' }, fetchFn);

    await api.exportText(access);
    await api.forget(access);

    const [[url, exportInit] = [], [, forgetInit] = []] = fetchFn.mock.calls;
    expect(url).toBe(`${API}/v1/sites/demo/conversations/c%2F1`);
    expect(exportInit?.headers).toEqual({ accept: 'text/plain', authorization: 'Bearer secret-token' });
    expect(forgetInit).toMatchObject({ method: 'DELETE', headers: { authorization: 'Bearer secret-token' } });
    expect(forgetInit?.body).toBeUndefined();
  });

  it('resolves with the status, never rejects, when the service fails, cannot be reached or answers nonsense', async () => {
    const answering = (body: string, status: number) =>
      chatApi({ api: API, site: 'demo' }, async () => new Response(body, { status }));

    expect(await answering('{}', 404).post(access, 'Hei')).toEqual({ ok: false, status: 404 });
    expect(await answering('{"message":{"role":"user"}}', 201).post(access, 'Hei')).toEqual({
      ok: false,
      status: 0,
    });
    expect(await answering('not json', 200).exportJson(access)).toEqual({ ok: false, status: 0 });
    const unreachable = chatApi({ api: API, site: 'demo' }, async () => {
      throw new TypeError('Failed to fetch');
    });
    expect(await unreachable.start('nb', PAGE)).toEqual({ ok: false, status: 0 });
  });
});

describe('chatSession', () => {
  it('starts nothing until the first question, then starts once and asks with the token', async () => {
    const { session, service, storage } = sessionWith();

    expect(await session.resume()).toEqual({ ok: true, data: [] });
    expect(session.active).toBe(false);
    expect(service.fetchFn).not.toHaveBeenCalled();

    const first = await session.ask('Når kjem bossbilen?');
    const second = await session.ask('Ring meg på +47 912 34 567');

    expect(service.calls()).toEqual([
      'POST /v1/sites/demo/conversations',
      'POST /v1/sites/demo/conversations/c1/messages',
      'POST /v1/sites/demo/conversations/c1/messages',
    ]);
    expect(new Headers(service.fetchFn.mock.calls[2]?.[1]?.headers).get('authorization')).toBe('Bearer t1');
    expect(first).toMatchObject({ ok: true, data: { reply: { role: 'bot', text: 'Svar 1' } } });
    // The visitor's text as the service stored it, masked.
    expect(second).toMatchObject({
      ok: true,
      data: { message: { role: 'user', text: 'Ring meg på [nummer]' } },
    });
    // The lines as shown, the question as stored (masked), go with the id and token.
    expect(JSON.parse(storage.items.get(STORAGE_KEY) ?? '')).toEqual({
      id: 'c1',
      token: 't1',
      lines: [
        { role: 'bot', text: 'Hei! (nn)' },
        { role: 'user', text: 'Når kjem bossbilen?' },
        { role: 'bot', text: 'Svar 1' },
        { role: 'user', text: 'Ring meg på [nummer]' },
        { role: 'bot', text: 'Svar 2' },
      ],
    });
  });

  it('goes on with the conversation on the next page of the tab from its storage, without a download', async () => {
    const service = fakeService();
    const storage = fakeStorage();
    await sessionWith(service, storage).session.ask('Kva kostar barnehage?');

    const next = sessionWith(service, storage).session;
    const resumed = await next.resume();
    await next.ask('Og søknadsfristen?');

    expect(next.active).toBe(true);
    expect(resumed).toEqual({
      ok: true,
      data: [
        { role: 'bot', text: 'Hei! (nn)' },
        { role: 'user', text: 'Kva kostar barnehage?' },
        { role: 'bot', text: 'Svar 1' },
      ],
    });
    expect(service.conversations.get('c1')?.messages).toHaveLength(4);
    expect(service.calls().filter((call) => call.endsWith('/conversations'))).toHaveLength(1);
    // The export is the visitor's download, counted in the statistics: showing the window again is not one.
    expect(service.calls().filter((call) => call.startsWith('GET '))).toEqual([]);
  });

  it('hands over the greeting with the question that started the conversation, and only then', async () => {
    const { session, service } = sessionWith();

    const first = await session.ask('Hei');
    const second = await session.ask('Og bossbilen?');
    service.conversations.clear();
    await session.ask('Er du der?');
    service.failWith(503, true);
    const failed = await session.ask('Hei igjen');

    expect(first).toMatchObject({ ok: true, greeting: { role: 'bot', text: 'Hei! (nn)' } });
    expect(second.greeting).toBeUndefined();
    // Started, but the question itself failed: the greeting is shown all the same.
    expect(failed).toEqual({ ok: false, failure: 'error', greeting: { role: 'bot', text: 'Hei! (nn)' } });
    expect(session.access).toEqual({ id: 'c2', token: 't2' });
  });

  it('names no language in the questions until the visitor chooses one, then in every question', async () => {
    const { session, service } = sessionWith();
    await session.ask('Hei');

    session.choose('en');
    await session.ask('When is the bin emptied?');
    await session.ask('And the paper?');

    expect(service.bodies()).toEqual([
      { lang: 'nn', startUrl: PAGE },
      { text: 'Hei' },
      { text: 'When is the bin emptied?', lang: 'en' },
      { text: 'And the paper?', lang: 'en' },
    ]);
    expect(session.chosen).toBe('en');
  });

  it('starts the conversation in the language chosen before the first question', async () => {
    const { session, service } = sessionWith();

    session.choose('nb');
    const first = await session.ask('Hei');

    expect(service.bodies()).toEqual([
      { lang: 'nb', startUrl: PAGE },
      { text: 'Hei', lang: 'nb' },
    ]);
    expect(first.greeting?.text).toBe('Hei! (nb)');
  });

  it('keeps the choice for the next page of the tab with the conversation, and only a known language', async () => {
    const service = fakeService();
    const storage = fakeStorage();
    const { session } = sessionWith(service, storage);
    session.choose('en');
    expect(storage.items.has(STORAGE_KEY)).toBe(false);
    await session.ask('Hello');

    const next = sessionWith(service, storage).session;
    await next.ask('And the paper?');

    expect(JSON.parse(storage.items.get(STORAGE_KEY) ?? '').lang).toBe('en');
    expect(next.chosen).toBe('en');
    expect(service.bodies().at(-1)).toEqual({ text: 'And the paper?', lang: 'en' });
    const foreign = fakeStorage({ [STORAGE_KEY]: JSON.stringify({ id: 'c1', token: 't1', lang: 'sv' }) });
    expect(sessionWith(service, foreign).session.chosen).toBeUndefined();
  });

  it('forgets the stored access and starts afresh when the service no longer has it (expired or deleted)', async () => {
    const service = fakeService();
    const storage = fakeStorage();
    await sessionWith(service, storage).session.ask('Hei');
    service.conversations.clear();

    const next = sessionWith(service, storage).session;
    expect((await next.resume()).ok).toBe(true);
    const asked = await next.ask('Er du der?');

    expect(asked).toEqual({ ok: false, failure: 'gone' });
    expect(next.active).toBe(false);
    expect(storage.items.has(STORAGE_KEY)).toBe(false);
    expect(await next.ask('Hei igjen')).toMatchObject({ ok: true });
    expect(next.access).toEqual({ id: 'c2', token: 't2' });
  });

  it('forgets the access when a question answers 404, and keeps it on other failures', async () => {
    const { session, service, storage } = sessionWith();
    await session.ask('Hei');

    service.failWith(503);
    expect(await session.ask('Er de der?')).toEqual({ ok: false, failure: 'error' });
    service.failWith(429);
    expect(await session.ask('Er de der?')).toEqual({ ok: false, failure: 'full' });
    service.failWith(0);
    expect(await session.ask('Er de der?')).toEqual({ ok: false, failure: 'error' });
    expect(session.access).toEqual({ id: 'c1', token: 't1' });
    service.failWith(undefined);
    service.conversations.delete('c1');
    expect(await session.ask('Er de der?')).toEqual({ ok: false, failure: 'gone' });

    expect(session.active).toBe(false);
    expect(storage.items.has(STORAGE_KEY)).toBe(false);
  });

  it('does not count a failed start as a lost conversation', async () => {
    const { session, service } = sessionWith();
    service.failWith(404);

    expect(await session.ask('Hei')).toEqual({ ok: false, failure: 'error' });
    service.failWith(503);
    expect(await session.ask('Hei')).toEqual({ ok: false, failure: 'error' });
    expect(session.active).toBe(false);
  });

  it('downloads the transcript and the JSON export', async () => {
    const { session, service } = sessionWith();
    await session.ask('Hei');

    const text = await session.download('text');
    const json = await session.download('json');

    expect(text).toEqual({ ok: true, data: 'user: Hei\nbot: Svar 1' });
    expect(json.ok && JSON.parse(json.data).messages).toHaveLength(2);
    const accepts = service.fetchFn.mock.calls
      .slice(-2)
      .map(([, init]) => new Headers(init?.headers).get('accept'));
    expect(accepts).toEqual(['text/plain', 'application/json']);
  });

  it('deletes the conversation for «Glem meg», then forgets it; already gone counts as forgotten', async () => {
    const { session, service, storage } = sessionWith();
    await session.ask('Hei');

    expect(await session.forget()).toEqual({ ok: true, data: undefined });
    expect(service.calls().at(-1)).toBe('DELETE /v1/sites/demo/conversations/c1');
    expect(service.conversations.size).toBe(0);
    expect(session.active).toBe(false);
    expect(storage.items.has(STORAGE_KEY)).toBe(false);

    await session.ask('Hei igjen');
    service.conversations.clear();
    expect(await session.forget()).toEqual({ ok: true, data: undefined });
    expect(session.active).toBe(false);
  });

  it('keeps the access when «Glem meg» fails, so the visitor can try again', async () => {
    const { session, service, storage } = sessionWith();
    await session.ask('Hei');
    service.failWith(503);

    expect(await session.forget()).toEqual({ ok: false, failure: 'error' });

    expect(session.active).toBe(true);
    expect(storage.items.has(STORAGE_KEY)).toBe(true);
  });

  it('on «Avslutt» forgets the access for the next page but keeps it for this window’s offers', async () => {
    const { session, storage } = sessionWith();
    await session.ask('Hei');

    session.end();

    expect(storage.items.has(STORAGE_KEY)).toBe(false);
    expect(session.active).toBe(true);
    expect(await session.download('text')).toMatchObject({ ok: true });
    session.reset();
    expect(session.active).toBe(false);
    expect(await session.download('text')).toEqual({ ok: false, failure: 'gone' });
  });
});

describe('transcriptFileName', () => {
  it('names the files by the day, samtale-<date>.txt and .json', () => {
    expect(transcriptFileName('text', '2026-11-23')).toBe('samtale-2026-11-23.txt');
    expect(transcriptFileName('json', '2026-11-23')).toBe('samtale-2026-11-23.json');
  });
});

describe('the built chat.js', () => {
  it('reads no cookies, user agent or lasting storage and never parses HTML or code', () => {
    const bundle = bundleBrowserEntry('chat-widget.ts');

    expect(bundle).not.toMatch(
      /document\.cookie|navigator\.|localStorage|innerHTML|outerHTML|insertAdjacentHTML|eval\(|new Function/,
    );
    expect(bundle).toMatch(/sessionStorage/);
  });
});
