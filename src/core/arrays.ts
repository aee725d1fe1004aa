// Array helpers that hold for any size: spreading a large array into a call's arguments (`push(...items)`,
// `Math.min(...values)`) overflows the stack at around 125,000 items, so these loop instead.

/** Appends every item of `items` to `target` (the caller's own array), without spreading them into arguments. */
export function appendAll<T>(target: T[], items: readonly T[]): void {
  for (const item of items) target.push(item);
}

/** The least and greatest of the values; `{ min: Infinity, max: -Infinity }` when there are none, as Math.min/max. */
export function extent(values: readonly number[]): { min: number; max: number } {
  let min = Infinity;
  let max = -Infinity;
  for (const v of values) {
    if (v < min) min = v;
    if (v > max) max = v;
  }
  return { min, max };
}
