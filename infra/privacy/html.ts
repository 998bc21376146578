/**
 * The statement's Markdown as HTML for a web page: the few forms `statement.ts` writes
 * (headings, paragraphs, lists, bold), every text escaped. Headings start at `<h2>`.
 */
const escapeHtml = (text: string) =>
  text.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;').replace(/"/g, '&quot;');

const inline = (text: string) => escapeHtml(text).replace(/\*\*(.+?)\*\*/g, '<strong>$1</strong>');

export function statementHtml(markdown: string): string {
  return markdown
    .trim()
    .split(/\n{2,}/)
    .map((block) => {
      const heading = /^(#{2,4}) (.*)$/.exec(block);
      if (heading) {
        const level = (heading[1] as string).length;
        return `<h${level}>${inline(heading[2] as string)}</h${level}>`;
      }
      const lines = block.split('\n');
      if (lines.every((line) => line.startsWith('- '))) {
        return `<ul>\n${lines.map((line) => `  <li>${inline(line.slice(2))}</li>`).join('\n')}\n</ul>`;
      }
      return `<p>${inline(lines.join(' '))}</p>`;
    })
    .join('\n');
}
