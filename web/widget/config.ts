import { LANGUAGES } from '../../shared/languages.ts';
import { type Lang, parseLang } from './i18n.ts';

/** What the embedding page asked for, read once from the script tag's `data-*` attributes. */
export interface WidgetConfig {
  site: string;
  /** Base URL of the service, without a trailing slash. */
  api: string;
  lang: Lang;
  /**
   * `data-langs`: the languages the chat window lets the visitor choose, those of the site
   * (e.g. "nb nn"; default bokmål, nynorsk and English, as a site has by default).
   */
  langs: Lang[];
  /** `data-feedback="off"` leaves out the feedback question (for pages that want only chat). */
  feedback: boolean;
  /** `data-chat="on"` adds the chat; it is off unless the site asks for it. */
  chat: boolean;
  /** `data-privacy-url`: the site's privacy page, linked from the chat (http(s) only). */
  privacyUrl?: string;
  /** Where chat.js is: next to widget.js, so a site that hosts the scripts itself keeps them together. */
  chatSrc: string;
}

/** The parts of the script element the widget reads; a plain object in unit tests. */
export interface ScriptLike {
  src: string;
  dataset: Record<string, string | undefined>;
}

/** Undefined without `data-site`: there is nowhere to send feedback to. */
export function readConfig(
  script: ScriptLike | null | undefined,
  pageOrigin: string,
): WidgetConfig | undefined {
  const data = script?.dataset ?? {};
  if (!data.site) return undefined;
  // By default the service is where the script came from (one origin serves both).
  const api = (data.api || (script?.src ? new URL(script.src, pageOrigin).origin : pageOrigin)).replace(
    /\/+$/,
    '',
  );
  const privacyUrl = httpUrl(data.privacyUrl, pageOrigin);
  const chatSrc = script?.src ? new URL('chat.js', new URL(script.src, pageOrigin)).href : `${api}/chat.js`;
  return {
    site: data.site,
    api,
    lang: parseLang(data.lang),
    langs: LANGUAGES.filter((lang) => !data.langs || data.langs.split(/\W+/).includes(lang)),
    feedback: data.feedback !== 'off',
    chat: data.chat === 'on',
    ...(privacyUrl && { privacyUrl }),
    chatSrc,
  };
}

/** An absolute http(s) URL, or undefined: a `javascript:` link must never reach an href. */
function httpUrl(value: string | undefined, base: string): string | undefined {
  try {
    const url = value ? new URL(value, base) : undefined;
    return url && /^https?:$/.test(url.protocol) ? url.href : undefined;
  } catch {
    return undefined;
  }
}
