/** An in-memory Web Storage for unit tests; `failing` makes every call throw, as blocked site data does. */
export function fakeStorage(initial: Record<string, string> = {}, failing = false) {
  const items = new Map(Object.entries(initial));
  const guarded =
    <A extends unknown[], R>(fn: (...args: A) => R) =>
    (...args: A): R => {
      if (failing) throw new DOMException('blocked', 'SecurityError');
      return fn(...args);
    };
  const size = guarded(() => items.size);
  return {
    items,
    get length() {
      return size();
    },
    key: guarded((i: number) => [...items.keys()][i] ?? null),
    getItem: guarded((key: string) => items.get(key) ?? null),
    setItem: guarded((key: string, value: string) => {
      items.set(key, value);
    }),
    removeItem: guarded((key: string) => {
      items.delete(key);
    }),
  };
}
