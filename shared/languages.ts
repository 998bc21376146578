/** The languages the service speaks (widgets, bot, dashboard): bokmål, nynorsk, English. No imports, so browser bundles can take it. */
export const LANGUAGES = ['nb', 'nn', 'en'] as const;
export type Language = (typeof LANGUAGES)[number];
