import { type Lang, parseLang } from './i18n.ts';

/** What the embedding page asked for, read once from the script tag's `data-*` attributes. */
export interface WidgetConfig {
  site: string;
  /** Base URL of the service, without a trailing slash. */
  api: string;
  lang: Lang;
  /** `data-feedback="off"` leaves out the feedback question (for pages that want only chat). */
  feedback: boolean;
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
  const api = data.api || (script?.src ? new URL(script.src, pageOrigin).origin : pageOrigin);
  return {
    site: data.site,
    api: api.replace(/\/+$/, ''),
    lang: parseLang(data.lang),
    feedback: data.feedback !== 'off',
  };
}
