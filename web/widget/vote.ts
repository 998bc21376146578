/** Sends one vote (Ja or Nei, with or without a comment); resolves true once the service took it. */
type SendVote = (found: boolean, comment?: string) => Promise<boolean>;

/**
 * One visitor's vote on the page, without any DOM. Nei is sent on the click, so a visitor who
 * leaves without a comment is counted too; the comment then sends the same vote again, which
 * the service takes as a replacement (one vote per visitor, page and day), so it counts once.
 */
export function pageVote(send: SendVote) {
  let no: Promise<boolean> | undefined;
  return {
    /** Nei, sent at once. */
    no(): Promise<boolean> {
      no = send(false);
      return no;
    },

    /**
     * Ja, or Nei's optional comment. The Nei of the click goes first: sent side by side, it
     * could arrive second and replace the vote that holds the comment. Without a comment,
     * a Nei the service already took needs nothing more.
     */
    async finish(found: boolean, comment = ''): Promise<boolean> {
      const taken = no && (await no);
      return (taken && !found && !comment) || send(found, comment || undefined);
    },
  };
}
