/**
 * An UpdateExpression that sets some attributes and adds to counters, with a placeholder for
 * every name and value: counter names such as `browser#Firefox` and reserved words such as
 * `day`, `url` and `comments` cannot stand in an expression as they are.
 */
export interface CounterUpdate {
  UpdateExpression: string;
  ExpressionAttributeNames: Record<string, string>;
  ExpressionAttributeValues: Record<string, unknown>;
}

/** `SET` every attribute of `set`, `ADD` every number of `add` (ADD is atomic and commutative). */
export function counterUpdate(set: Record<string, unknown>, add: Record<string, number>): CounterUpdate {
  const names: Record<string, string> = {};
  const values: Record<string, unknown> = {};
  const clause = (verb: string, entries: [string, unknown][], prefix: string, separator: string) => {
    const parts = entries.map(([name, value], i) => {
      names[`#${prefix}${i}`] = name;
      values[`:${prefix}${i}`] = value;
      return `#${prefix}${i}${separator}:${prefix}${i}`;
    });
    return parts.length > 0 ? `${verb} ${parts.join(', ')}` : '';
  };
  const expression = [
    clause('SET', Object.entries(set), 's', ' = '),
    clause('ADD', Object.entries(add), 'a', ' '),
  ].filter(Boolean);
  if (expression.length === 0) throw new Error('An update needs at least one attribute');
  return {
    UpdateExpression: expression.join(' '),
    ExpressionAttributeNames: names,
    ExpressionAttributeValues: values,
  };
}
