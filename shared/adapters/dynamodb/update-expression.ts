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
  // Plain loops: this runs on every counted write.
  let sets = '';
  let i = 0;
  for (const name in set) {
    names[`#s${i}`] = name;
    values[`:s${i}`] = set[name];
    sets += `${i === 0 ? 'SET ' : ', '}#s${i} = :s${i}`;
    i++;
  }
  let adds = '';
  let j = 0;
  for (const name in add) {
    names[`#a${j}`] = name;
    values[`:a${j}`] = add[name];
    adds += `${j === 0 ? 'ADD ' : ', '}#a${j} :a${j}`;
    j++;
  }
  if (i === 0 && j === 0) throw new Error('An update needs at least one attribute');
  return {
    UpdateExpression: sets && adds ? `${sets} ${adds}` : sets || adds,
    ExpressionAttributeNames: names,
    ExpressionAttributeValues: values,
  };
}
