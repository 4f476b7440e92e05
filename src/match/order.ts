/**
 * Sorts `list` in place by `compare` (stably, as Array#sort does) unless it is in order
 * already, which is the usual case for things found in text order: sorting allocates, and
 * runs once per posting for many small lists.
 */
export function sortInPlace<T>(list: T[], compare: (a: T, b: T) => number): T[] {
  for (let i = 1; i < list.length; i++) {
    if (compare(list[i - 1], list[i]) > 0) return list.sort(compare);
  }
  return list;
}

/** `list` if it is in order by `compare`, else a sorted copy. */
export function sortedCopy<T>(list: T[], compare: (a: T, b: T) => number): T[] {
  for (let i = 1; i < list.length; i++) {
    if (compare(list[i - 1], list[i]) > 0) return [...list].sort(compare);
  }
  return list;
}
