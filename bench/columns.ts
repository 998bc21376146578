/**
 * The layout of a bench table written as text: each column as wide as its widest cell, two
 * spaces between columns, the columns in `left` padded at the end (names, notes) and the others
 * at the start (figures), no blanks at the end of a line. `rows` are every row the table will
 * print, its header included.
 */
export function columnLayout(rows: readonly (readonly string[])[], left: readonly number[] = [0]) {
  const widths = (rows[0] ?? []).map((_, i) => Math.max(...rows.map((row) => (row[i] ?? '').length)));
  const line = (cells: readonly string[]) =>
    cells
      .map((cell, i) => (left.includes(i) ? cell.padEnd(widths[i] ?? 0) : cell.padStart(widths[i] ?? 0)))
      .join('  ')
      .trimEnd();
  return { line, rule: widths.map((w) => '─'.repeat(w)).join('  ') };
}
