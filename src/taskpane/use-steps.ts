/**
 * Rendering a long result (a whole drafted report) in one go is one long main-thread task: React's render, the DOM
 * and its layout all at once, ~0,5 s on a slow office PC. These helpers show it in steps, one per task (issue 14).
 */
import { startTransition, useEffect, useState } from 'react';

/**
 * How many of `total` steps to show now: one at first, then one more once the browser has painted the previous one
 * (so each step's layout is a task of its own too, not one layout of the whole result at the end). Never goes back
 * while mounted: a result that changes in place (a re-draft) shows at once as far as was shown already.
 */
export function useStepsShown(total: number): number {
  const [shown, setShown] = useState(1);
  useEffect(() => {
    if (shown >= total) return;
    return afterNextPaint(() => setShown((n) => n + 1));
  }, [shown, total]);
  return Math.min(shown, total);
}

/** Runs `callback` in a task after the next frame is painted (a plain task where there are no frames); cancellable. */
function afterNextPaint(callback: () => void): () => void {
  let timer: ReturnType<typeof setTimeout> | undefined;
  if (typeof requestAnimationFrame !== 'function') {
    timer = setTimeout(callback, 0);
    return () => clearTimeout(timer);
  }
  const frame = requestAnimationFrame(() => {
    timer = setTimeout(callback, 0);
  });
  return () => {
    cancelAnimationFrame(frame);
    clearTimeout(timer);
  };
}

/**
 * Splits items of the given weights into consecutive steps of about `budget` each (an item heavier than the budget
 * is a step of its own). Returns, per step, how many items are shown once it is: e.g. [3, 5, 9].
 */
export function stepEnds(weights: readonly number[], budget: number): number[] {
  const ends: number[] = [];
  let load = 0;
  weights.forEach((weight, i) => {
    if (load > 0 && load + weight > budget) {
      ends.push(i);
      load = 0;
    }
    load += weight;
  });
  ends.push(weights.length);
  return ends;
}

/**
 * False on the first render, true from the next one, rendered as a transition: React works it in small slices, so
 * what the first render showed takes a click meanwhile (a long view shows its first control at once on a slow PC).
 * Under `act()` (the unit tests) both renders happen before `render()` returns.
 */
export function useShownAfterFirst(): boolean {
  const [shown, setShown] = useState(false);
  useEffect(() => startTransition(() => setShown(true)), []);
  return shown;
}
