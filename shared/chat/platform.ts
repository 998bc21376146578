/** The kinds of device a visitor's browser is counted under (never the raw User-Agent). */
export const PLATFORMS = ['desktop', 'tablet', 'mobile', 'unknown'] as const;
export type Platform = (typeof PLATFORMS)[number];
