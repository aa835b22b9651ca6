/**
 * Runs `work` once the browser has nothing more urgent to do (requestIdleCallback, at the latest after `timeoutMs`),
 * for what the first paint does not need. WebKit (Excel on Mac) has no requestIdleCallback: there it runs from a
 * short timer. Returns a function that cancels it if it has not run yet.
 */
export function whenIdle(work: () => void, timeoutMs = 2000): () => void {
  if (typeof requestIdleCallback === 'function') {
    const handle = requestIdleCallback(work, { timeout: timeoutMs });
    return () => cancelIdleCallback(handle);
  }
  const timer = setTimeout(work, 200);
  return () => clearTimeout(timer);
}
