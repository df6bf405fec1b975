// Math.max(...values) passes every value as an argument and overflows the stack past
// about 125 000 of them: the largest value by a loop, for any number of rows.
export function maxOf(values: Iterable<number>, start = -Infinity): number {
  let max = start;
  for (const v of values) if (v > max) max = v;
  return max;
}

/** The widest row of a grid (0 when there is none). */
export function widest(rows: readonly { length: number }[]): number {
  let max = 0;
  for (const r of rows) if (r.length > max) max = r.length;
  return max;
}
