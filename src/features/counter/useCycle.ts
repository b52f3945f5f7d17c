import { useEffect, useState } from 'preact/hooks';

/** Index into a list of `count` items that advances every `seconds`; a manual move restarts the wait. */
export function useCycle(count: number, seconds: number) {
  const [index, setIndex] = useState(0);
  const [moves, setMoves] = useState(0);
  useEffect(() => {
    if (count < 2 || seconds <= 0) return;
    const timer = setInterval(() => setIndex((i) => (i + 1) % count), seconds * 1000);
    return () => clearInterval(timer);
  }, [count, seconds, moves]);
  const move = (delta: number) => {
    setIndex((i) => (i + delta + count) % count);
    setMoves((m) => m + 1);
  };
  return { index: Math.min(index, Math.max(0, count - 1)), move };
}
