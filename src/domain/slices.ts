/**
 * Long computations written as generators that yield every few thousand steps,
 * so a caller can spread them over several tasks (no frame waits for the whole
 * job) or run them to the end at once. Pure: the scheduling is the caller's.
 */
export type Sliced<T> = Generator<void, T, void>;

/** Runs a sliced job to the end in one go. */
export function runToEnd<T>(job: Sliced<T>): T {
  for (;;) {
    const step = job.next();
    if (step.done) return step.value;
  }
}

/** Comparisons between two yields: about a millisecond of collator work. */
const COMPARES_PER_SLICE = 2048;

/**
 * A stable bottom-up merge sort of positions, yielding every few thousand
 * comparisons. Array.prototype.sort cannot be paused, and sorting 100,000 names
 * with the Vietnamese collator takes longer than a frame.
 */
export function* sortInSlices(items: Int32Array, compare: (a: number, b: number) => number): Sliced<Int32Array> {
  const n = items.length;
  let src = Int32Array.from(items);
  let dst = new Int32Array(n);
  let compares = 0;
  for (let width = 1; width < n; width *= 2) {
    for (let lo = 0; lo < n; lo += 2 * width) {
      const mid = Math.min(lo + width, n);
      const hi = Math.min(lo + 2 * width, n);
      let i = lo;
      let j = mid;
      let k = lo;
      while (i < mid && j < hi) {
        dst[k++] = compare(src[j]!, src[i]!) < 0 ? src[j++]! : src[i++]!;
        if (++compares === COMPARES_PER_SLICE) {
          compares = 0;
          yield;
        }
      }
      while (i < mid) dst[k++] = src[i++]!;
      while (j < hi) dst[k++] = src[j++]!;
    }
    [src, dst] = [dst, src];
  }
  return src;
}
