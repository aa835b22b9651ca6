/**
 * Resolves in a later event-loop task, so the browser can paint and take input in between. Work that can run long
 * on a slow office PC (reading, recognising and checking a big workbook, drafting) is split at these points: issue
 * 14 allows no main-thread task over 200 ms with the CPU slowed 4×.
 */
export function nextTask(): Promise<void> {
  return new Promise((resolve) => setTimeout(resolve, 0));
}
