import type { Lang } from './i18n.ts';

/** The chat window's words (chat.js); the launcher's few are in i18n.ts, with the rest of widget.js's. */
export interface ChatTexts {
  title: string;
  /**
   * Shown before the conversation exists, in place of a greeting: the service's greeting comes
   * when the first question starts the conversation, and this advice must be there before it.
   */
  intro: string;
  /** The label of the question field. */
  question: string;
  send: string;
  close: string;
  /** Accessible name of the "?" button. */
  menu: string;
  /** Shown in the "?" menu before there is anything to download or delete. */
  menuEmpty: string;
  /** The name of the language choice in the "?" menu. */
  language: string;
  log: string;
  you: string;
  bot: string;
  download: string;
  asText: string;
  asJson: string;
  downloaded: string;
  forget: string;
  confirmForget: string;
  confirmYes: string;
  cancel: string;
  forgotten: string;
  /** The stored conversation is gone: deleted elsewhere or expired. */
  gone: string;
  end: string;
  ended: string;
  restart: string;
  privacy: string;
  privacyLink: string;
  error: string;
  full: string;
}

/** The chat window's words that bokmål and nynorsk write alike. */
const NORWEGIAN = {
  title: 'Chat med kommunen',
  send: 'Send',
  close: 'Lukk chatten',
  log: 'Samtalen',
  you: 'Du:',
  bot: 'Chatboten:',
  download: 'Last ned samtalen',
  asText: 'Som tekst',
  asJson: 'Som data (JSON)',
  confirmYes: 'Ja, slett samtalen',
  cancel: 'Avbryt',
  end: 'Avslutt samtalen',
  language: 'Språk',
} satisfies Partial<ChatTexts>;

/**
 * The chat window's words in each language. Nynorsk is written as nynorsk (samtalen is "han"),
 * not bokmål with a few words swapped. The 21 days are the contract's upper limit; a site may
 * keep conversations for a shorter time.
 */
export const CHAT_TEXTS: Record<Lang, ChatTexts> = {
  nb: {
    ...NORWEGIAN,
    intro:
      'Skriv spørsmålet ditt nedenfor, så svarer chatboten med en gang. Ikke skriv personopplysninger, som fødselsnummer eller helseopplysninger.',
    question: 'Hva lurer du på?',
    menu: 'Valg for samtalen: last ned, slett eller velg språk',
    menuEmpty: 'Når du har stilt et spørsmål, kan du laste ned samtalen eller slette den her.',
    downloaded: 'Samtalen er lastet ned.',
    forget: 'Glem meg',
    confirmForget: 'Vil du slette hele samtalen nå? Du kan ikke få den tilbake etterpå.',
    forgotten: 'Samtalen er slettet. Ingenting av den er lagret hos oss lenger.',
    gone: 'Den forrige samtalen finnes ikke lenger. Den er slettet eller utløpt. Du kan starte en ny.',
    ended:
      'Samtalen er avsluttet. Vil du ta vare på en kopi, eller slette den nå? Ellers slettes den automatisk etter høyst 21 dager.',
    restart: 'Start en ny samtale',
    privacy:
      'Vi lagrer spørsmål og svar, tidspunkt og type nettleser og enhet, men ikke IP-adressen din. Personopplysninger i spørsmålene blir skjult. Alt slettes automatisk etter høyst 21 dager.',
    privacyLink: 'Les mer om personvern',
    error: 'Vi fikk ikke kontakt med chatboten. Prøv igjen om litt.',
    full: 'Samtalen har nådd grensen for antall spørsmål. Avslutt den og start en ny.',
  },
  nn: {
    ...NORWEGIAN,
    intro:
      'Skriv spørsmålet ditt nedanfor, så svarar chatboten med ein gong. Ikkje skriv personopplysningar, som fødselsnummer eller helseopplysningar.',
    question: 'Kva lurer du på?',
    menu: 'Val for samtalen: last ned, slett eller vel språk',
    menuEmpty: 'Når du har stilt eit spørsmål, kan du laste ned samtalen eller slette han her.',
    downloaded: 'Samtalen er lasta ned.',
    forget: 'Gløym meg',
    confirmForget: 'Vil du slette heile samtalen no? Du kan ikkje få han tilbake etterpå.',
    forgotten: 'Samtalen er sletta. Ingenting av han er lagra hos oss lenger.',
    gone: 'Den førre samtalen finst ikkje lenger. Han er sletta eller har gått ut på tid. Du kan starte ein ny.',
    ended:
      'Samtalen er avslutta. Vil du ta vare på ein kopi, eller slette han no? Elles blir han sletta automatisk etter høgst 21 dagar.',
    restart: 'Start ein ny samtale',
    privacy:
      'Vi lagrar spørsmål og svar, tidspunkt og type nettlesar og eining, men ikkje IP-adressa di. Personopplysningar i spørsmåla blir skjulte. Alt blir sletta automatisk etter høgst 21 dagar.',
    privacyLink: 'Les meir om personvern',
    error: 'Vi fekk ikkje kontakt med chatboten. Prøv igjen om litt.',
    full: 'Samtalen har nådd grensa for talet på spørsmål. Avslutt han og start ein ny.',
  },
  en: {
    title: 'Chat with the municipality',
    intro:
      'Type your question below and the chatbot will answer right away. Please do not write personal information, such as your national identity number or health details.',
    question: 'What would you like to know?',
    send: 'Send',
    close: 'Close the chat',
    menu: 'Conversation options: download, delete or choose a language',
    menuEmpty: 'Once you have asked a question, you can download or delete the conversation here.',
    language: 'Language',
    log: 'The conversation',
    you: 'You:',
    bot: 'Chatbot:',
    download: 'Download the conversation',
    asText: 'As text',
    asJson: 'As data (JSON)',
    downloaded: 'The conversation has been downloaded.',
    forget: 'Forget me',
    confirmForget: 'Do you want to delete the whole conversation now? You cannot get it back afterwards.',
    confirmYes: 'Yes, delete the conversation',
    cancel: 'Cancel',
    forgotten: 'The conversation has been deleted. Nothing of it is stored with us any more.',
    gone: 'The previous conversation no longer exists. It was deleted or has expired. You can start a new one.',
    end: 'End the conversation',
    ended:
      'The conversation has ended. Would you like to keep a copy, or delete it now? Otherwise it is deleted automatically after 21 days at most.',
    restart: 'Start a new conversation',
    privacy:
      'We store questions and answers, the time, and the type of browser and device, but not your IP address. Personal information in your questions is hidden. Everything is deleted automatically after 21 days at most.',
    privacyLink: 'Read more about privacy',
    error: 'We could not reach the chatbot. Please try again in a moment.',
    full: 'The conversation has reached its limit of questions. End it and start a new one.',
  },
};

/** Each language's name in itself, as the language choice offers it. */
export const LANGUAGE_NAMES: Record<Lang, string> = { nb: 'Bokmål', nn: 'Nynorsk', en: 'English' };
