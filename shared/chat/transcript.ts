import type { Language } from '../languages.ts';
import { osloTimestamp } from '../time.ts';
import type { ConversationExport } from './responses.ts';

const NORWEGIAN_MONTHS = [
  'januar',
  'februar',
  'mars',
  'april',
  'mai',
  'juni',
  'juli',
  'august',
  'september',
  'oktober',
  'november',
  'desember',
] as const;

const ENGLISH_MONTHS = [
  'January',
  'February',
  'March',
  'April',
  'May',
  'June',
  'July',
  'August',
  'September',
  'October',
  'November',
  'December',
] as const;

/** An instant's date and clock time in Europe/Oslo, as a person in each language writes them. */
interface Wall {
  /** "1. desember 2026", "1 December 2026" */
  date: string;
  /** "kl. 15.04", "15:04" */
  time: string;
  /** "1. desember 2026 kl. 15.04", "1 December 2026 at 15:04" */
  dateTime: string;
}

/**
 * Months are spelt out and the clock written the Norwegian way (Språkrådet: "kl. 15.04"),
 * by hand rather than by Intl, whose Norwegian clock format has changed between ICU versions.
 * The fields come from `osloTimestamp`, so any ISO 8601 instant is shown in Oslo time.
 */
function wallTime(at: string, lang: Language): Wall {
  const instant = new Date(at);
  if (Number.isNaN(instant.getTime())) return { date: at, time: at, dateTime: at };
  const oslo = osloTimestamp(instant);
  const year = oslo.slice(0, 4);
  const month = Number(oslo.slice(5, 7)) - 1;
  const day = Number(oslo.slice(8, 10));
  const hours = oslo.slice(11, 13);
  const minutes = oslo.slice(14, 16);
  if (lang === 'en') {
    const date = `${day} ${ENGLISH_MONTHS[month]} ${year}`;
    return { date, time: `${hours}:${minutes}`, dateTime: `${date} at ${hours}:${minutes}` };
  }
  const date = `${day}. ${NORWEGIAN_MONTHS[month]} ${year}`;
  const time = `kl. ${hours}.${minutes}`;
  return { date, time, dateTime: `${date} ${time}` };
}

interface TranscriptWords {
  title: (site: string) => string;
  started: string;
  deletion: (when: string) => string;
  zone: string;
  id: string;
  you: string;
  bot: string;
  empty: string;
}

/** Nynorsk is written as nynorsk (samtalen is "han"), as in the chat window. */
const WORDS: Record<Language, TranscriptWords> = {
  nb: {
    title: (site) => `Samtale med chatboten til ${site}`,
    started: 'Startet',
    deletion: (when) =>
      `Samtalen slettes automatisk ${when}. Vil du slette den før det, velger du «Glem meg» i chatvinduet.`,
    zone: 'Alle klokkeslett er norsk tid.',
    id: 'Samtale-ID',
    you: 'Du',
    bot: 'Chatbot',
    empty: 'Samtalen har ingen meldinger ennå.',
  },
  nn: {
    title: (site) => `Samtale med chatboten til ${site}`,
    started: 'Starta',
    deletion: (when) =>
      `Samtalen blir sletta automatisk ${when}. Vil du slette han før det, vel du «Gløym meg» i chatvindauget.`,
    zone: 'Alle klokkesletta er norsk tid.',
    id: 'Samtale-ID',
    you: 'Du',
    bot: 'Chatbot',
    empty: 'Samtalen har ingen meldingar enno.',
  },
  en: {
    title: (site) => `Conversation with the chatbot of ${site}`,
    started: 'Started',
    deletion: (when) =>
      `The conversation will be deleted automatically on ${when}. To delete it before then, choose “Forget me” in the chat window.`,
    zone: 'All times are Norwegian time.',
    id: 'Conversation ID',
    you: 'You',
    bot: 'Chatbot',
    empty: 'The conversation has no messages yet.',
  },
};

/**
 * The visitor's copy as a person reads it, in the conversation's language: whose chatbot it
 * was, when it started and will be deleted (and how to delete it sooner), then the messages
 * under their day, one a line as a chat log shows them: "[kl. 15.04] Du: …". A message's own
 * line breaks are kept.
 */
export function transcriptText(document: ConversationExport, siteName: string): string {
  const lang = document.lang;
  const words = WORDS[lang];
  const lines = [
    words.title(siteName),
    `${words.started}: ${wallTime(document.startedAt, lang).dateTime}`,
    words.deletion(wallTime(document.expiresAt, lang).dateTime),
    words.zone,
    `${words.id}: ${document.conversationId}`,
  ];
  if (document.messages.length === 0) lines.push('', words.empty);
  let day: string | undefined;
  for (const message of document.messages) {
    const at = wallTime(message.at, lang);
    if (at.date !== day) {
      day = at.date;
      lines.push('', `— ${day} —`);
    }
    const who = message.role === 'user' ? words.you : words.bot;
    lines.push(`[${at.time}] ${who}: ${message.text.replace(/\r\n?/g, '\n')}`);
  }
  return `${lines.join('\n')}\n`;
}
