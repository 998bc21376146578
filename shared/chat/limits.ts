/** The bounds of a conversation, without imports, so that the chat widget's bundle can take them. */

/** Characters in one visitor's question. */
export const MAX_MESSAGE_LENGTH = 2000;
/** Questions per conversation; each question also stores the bot's answer. */
export const MAX_QUESTIONS = 100;
