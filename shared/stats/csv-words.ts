import type { BrowserLabel } from '../chat/browser.ts';
import type { Platform } from '../chat/platform.ts';
import type { Language } from '../languages.ts';
import type { ChatTable, FeedbackTable } from './tables.ts';

/**
 * The words of the statistics' CSV files, in the editor's language: the header of each table,
 * the names of platforms and of the browser labels that are no browser's name, and the start
 * of each file's name. File names keep to ASCII letters, digits and hyphens, so that every
 * browser, spreadsheet and file system takes them as they are.
 */
interface CsvWords {
  feedback: Record<FeedbackTable, { header: readonly string[]; file: string }>;
  chat: Record<ChatTable, { header: readonly string[]; file: string }>;
  platforms: Record<Platform, string>;
  browsers: Record<Extract<BrowserLabel, 'other' | 'unknown'>, string>;
  /** Between the first and the last day in a file name. */
  until: string;
}

export const CSV_WORDS: Record<Language, CsvWords> = {
  nb: {
    feedback: {
      daily: { header: ['Dato', 'Fant det', 'Fant det ikke'], file: 'tilbakemeldinger-per-dag' },
      pages: { header: ['Side', 'Fant det', 'Fant det ikke', 'Kommentarer'], file: 'tilbakemeldinger-sider' },
    },
    chat: {
      daily: {
        header: ['Dato', 'Samtaler', 'Spørsmål', 'Uten svar', 'Nedlastinger', 'Slettinger'],
        file: 'chat-per-dag',
      },
      intents: { header: ['Tema', 'Antall spørsmål'], file: 'chat-tema' },
      platforms: { header: ['Plattform', 'Samtaler'], file: 'chat-plattformer' },
      browsers: { header: ['Nettleser', 'Samtaler'], file: 'chat-nettlesere' },
    },
    platforms: { desktop: 'Datamaskin', tablet: 'Nettbrett', mobile: 'Mobil', unknown: 'Ukjent' },
    browsers: { other: 'Annen nettleser', unknown: 'Ukjent' },
    until: 'til',
  },
  nn: {
    feedback: {
      daily: { header: ['Dato', 'Fann det', 'Fann det ikkje'], file: 'tilbakemeldingar-per-dag' },
      pages: {
        header: ['Side', 'Fann det', 'Fann det ikkje', 'Kommentarar'],
        file: 'tilbakemeldingar-sider',
      },
    },
    chat: {
      daily: {
        header: ['Dato', 'Samtalar', 'Spørsmål', 'Utan svar', 'Nedlastingar', 'Slettingar'],
        file: 'chat-per-dag',
      },
      intents: { header: ['Tema', 'Tal på spørsmål'], file: 'chat-tema' },
      platforms: { header: ['Plattform', 'Samtalar'], file: 'chat-plattformer' },
      browsers: { header: ['Nettlesar', 'Samtalar'], file: 'chat-nettlesarar' },
    },
    platforms: { desktop: 'Datamaskin', tablet: 'Nettbrett', mobile: 'Mobil', unknown: 'Ukjend' },
    browsers: { other: 'Annan nettlesar', unknown: 'Ukjend' },
    until: 'til',
  },
  en: {
    feedback: {
      daily: { header: ['Date', 'Found it', 'Did not find it'], file: 'feedback-daily' },
      pages: { header: ['Page', 'Found it', 'Did not find it', 'Comments'], file: 'feedback-pages' },
    },
    chat: {
      daily: {
        header: ['Date', 'Conversations', 'Questions', 'No answer', 'Downloads', 'Deletions'],
        file: 'chat-daily',
      },
      intents: { header: ['Topic', 'Questions'], file: 'chat-topics' },
      platforms: { header: ['Platform', 'Conversations'], file: 'chat-platforms' },
      browsers: { header: ['Browser', 'Conversations'], file: 'chat-browsers' },
    },
    platforms: { desktop: 'Computer', tablet: 'Tablet', mobile: 'Mobile', unknown: 'Unknown' },
    browsers: { other: 'Other browser', unknown: 'Unknown' },
    until: 'to',
  },
};
