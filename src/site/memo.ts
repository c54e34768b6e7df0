// A function of a string worked out once per distinct argument in a build: for values a build asks for again and
// again (a day's Chinese date among a million fund lines, one character's escape among a project's thousand quotes).

/** `compute`, remembering its result for each argument (for functions of few distinct arguments only: it never forgets). */
export function memoized<T>(compute: (key: string) => T): (key: string) => T {
  const known = new Map<string, T>();
  return (key) => {
    if (known.has(key)) return known.get(key) as T;
    const value = compute(key);
    known.set(key, value);
    return value;
  };
}
