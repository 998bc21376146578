/** The bounds of a vote, without imports, so that the feedback widget's bundle can take them. */

/** Characters in a visitor's comment. */
export const MAX_COMMENT_LENGTH = 1000;
/** Characters in the page URL a vote is about. */
export const MAX_URL_LENGTH = 2048;
