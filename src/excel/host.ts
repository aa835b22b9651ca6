/**
 * The one place the task pane gets `Office` and `Excel` from the global scope.
 *
 * Outside Office (a plain browser, the legacy webview, office.js failing to load) these globals are missing or
 * half-initialised: `Office.context.requirements` is undefined there and `isSetSupported` would throw. Every
 * check here is guarded so callers get a plain `false` instead. The local preview installs a fake `Office` and
 * `Excel` on `window` before the task pane runs; to this module it looks like Excel.
 */

import { API_FEATURES } from './api-features';

/** The lowest Excel JavaScript API requirement set the add-in needs (Office 2019 volume licence). */
export const MIN_EXCEL_API = API_FEATURES.floor.set;

type OfficeGlobal = typeof Office;
type ExcelGlobal = typeof Excel;

interface HostGlobals {
  Office?: OfficeGlobal;
  Excel?: ExcelGlobal;
}

function globals(): HostGlobals {
  return globalThis as unknown as HostGlobals;
}

/** `Office` if office.js (or the preview's fake) is loaded, otherwise undefined. */
export function getOffice(): OfficeGlobal | undefined {
  return globals().Office;
}

/** `Excel` if the Excel API is present, otherwise undefined. */
export function getExcel(): ExcelGlobal | undefined {
  return globals().Excel;
}

/**
 * Whether the host supports ExcelApi `version` (e.g. '1.13'). False, never an exception, when Office is absent,
 * not initialised, or not Excel.
 */
export function isExcelApiSupported(version: string): boolean {
  try {
    const requirements = getOffice()?.context?.requirements;
    if (!requirements || typeof requirements.isSetSupported !== 'function') return false;
    return requirements.isSetSupported('ExcelApi', version) === true;
  } catch {
    return false;
  }
}

/** Why the add-in cannot work here; `null` when it can. */
export type HostProblem = 'no-office' | 'not-excel' | 'old-excel' | null;

export interface HostStatus {
  /** True when Excel with at least MIN_EXCEL_API is available (the preview counts). */
  available: boolean;
  problem: HostProblem;
  /** What `Office.onReady` reported, or null. */
  host: string | null;
}

/** Classifies what `Office.onReady` reported together with the globals present now. */
export function describeHost(readyHost: string | null | undefined): HostStatus {
  const host = readyHost ?? null;
  if (!getOffice()) return { available: false, problem: 'no-office', host };
  // Office.HostType.Excel is the string 'Excel'; compare the string so this works without the enum loaded.
  if (host !== 'Excel' || !getExcel()) return { available: false, problem: 'not-excel', host };
  if (!isExcelApiSupported(MIN_EXCEL_API)) return { available: false, problem: 'old-excel', host };
  return { available: true, problem: null, host };
}

/**
 * Waits for `Office.onReady` (when office.js is loaded) and reports whether Excel is usable. office.js never
 * resolves `onReady` if it cannot fetch its own helper files, so a timeout turns that into "not available"
 * instead of a blank pane.
 */
export async function waitForHost(timeoutMs = 10000): Promise<HostStatus> {
  const office = getOffice();
  if (!office || typeof office.onReady !== 'function') return describeHost(null);
  let timer: ReturnType<typeof setTimeout> | undefined;
  const timedOut = new Promise<null>((resolve) => {
    timer = setTimeout(() => resolve(null), timeoutMs);
  });
  try {
    const info = await Promise.race([office.onReady(), timedOut]);
    return describeHost(info ? (info.host as unknown as string | null) : null);
  } catch {
    return describeHost(null);
  } finally {
    clearTimeout(timer);
  }
}
