/**
 * The items of a list grouped by a key, each group in list order.
 *
 * @example
 * groupBy([{ id: 'a', plan: 1 }, { id: 'b', plan: 2 }, { id: 'c', plan: 1 }], (item) => item.plan)
 * // Map { 1 => [a, c], 2 => [b] }
 */
export function groupBy<T, K>(items: Iterable<T>, key: (item: T) => K): Map<K, T[]> {
  const groups = new Map<K, T[]>();
  for (const item of items) {
    const group = groups.get(key(item));
    if (group) group.push(item);
    else groups.set(key(item), [item]);
  }
  return groups;
}
