import { LANGUAGES, type Language } from '../../shared/languages.ts';

/** One of the widget's languages (`data-lang`, default bokmål): the service's. */
export type Lang = Language;

/** The language `data-lang` asks for, or bokmål for anything else. */
export function parseLang(value: string | undefined): Lang {
  return (LANGUAGES as readonly string[]).includes(value ?? '') ? (value as Lang) : 'nb';
}

/** The feedback question's words. */
export interface FeedbackTexts {
  question: string;
  yes: string;
  no: string;
  /** Nei is counted on the click; the comment box stays open. */
  noted: string;
  label: string;
  notice: string;
  count: (used: number, max: number) => string;
  send: string;
  thanks: string;
  error: string;
}

/** The feedback question's words in each language (nynorsk written as nynorsk, not bokmål with a few words swapped). */
export const FEEDBACK_TEXTS: Record<Lang, FeedbackTexts> = {
  nb: {
    question: 'Fant du det du lette etter?',
    yes: 'Ja',
    no: 'Nei',
    noted: 'Takk! Svaret ditt er registrert.',
    label: 'Hva lette du etter? (valgfritt)',
    notice:
      'Ikke skriv personopplysninger, som fødselsnummer, telefonnummer eller e-postadresse. Slike opplysninger blir uansett skjult før lagring.',
    count: (used, max) => `${used} av ${max} tegn`,
    send: 'Send',
    thanks: 'Takk for svaret! Det hjelper oss å gjøre nettsidene bedre.',
    error: 'Vi kunne ikke ta imot svaret ditt akkurat nå. Prøv igjen senere.',
  },
  nn: {
    question: 'Fann du det du leita etter?',
    yes: 'Ja',
    no: 'Nei',
    noted: 'Takk! Svaret ditt er registrert.',
    label: 'Kva leita du etter? (valfritt)',
    notice:
      'Ikkje skriv personopplysningar, som fødselsnummer, telefonnummer eller e-postadresse. Slike opplysningar blir uansett skjulte før lagring.',
    count: (used, max) => `${used} av ${max} teikn`,
    send: 'Send',
    thanks: 'Takk for svaret! Det hjelper oss å gjere nettsidene betre.',
    error: 'Vi kunne ikkje ta imot svaret ditt akkurat no. Prøv igjen seinare.',
  },
  en: {
    question: 'Did you find what you were looking for?',
    yes: 'Yes',
    no: 'No',
    noted: 'Thank you! Your answer has been recorded.',
    label: 'What were you looking for? (optional)',
    notice:
      'Do not write personal information, such as national identity numbers, phone numbers or email addresses. Such details are hidden before storage anyway.',
    count: (used, max) => `${used} of ${max} characters`,
    send: 'Send',
    thanks: 'Thank you for your answer! It helps us improve our website.',
    error: 'We could not receive your answer right now. Please try again later.',
  },
};

/**
 * The chat launcher's words, kept apart from the chat window's (chat-i18n.ts) so that widget.js
 * (which draws only the launcher) bundles these few strings and not the whole window.
 */
export interface LauncherTexts {
  open: string;
  loadError: string;
}

/** The launcher's words in each language. */
export const LAUNCHER_TEXTS: Record<Lang, LauncherTexts> = {
  nb: { open: 'Spør oss', loadError: 'Chatten kan ikke åpnes akkurat nå. Prøv igjen senere.' },
  nn: { open: 'Spør oss', loadError: 'Chatten kan ikkje opnast akkurat no. Prøv igjen seinare.' },
  en: { open: 'Ask us', loadError: 'The chat cannot be opened right now. Please try again later.' },
};
