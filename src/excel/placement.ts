/**
 * Where each plan goes in the open workbook: the worksheet name and the defined names actually used, decided
 * once from what the workbook already holds. Pure (no Office.js), so it is computed between the renderer's two
 * syncs and several forms share them: each plan's choices are added to the taken lists before the next plan is
 * placed, so three copies of II.06a become «II.06a», «II.06a (2)», «II.06a (3)» without another round trip.
 */
import { parseFormMarkerName } from '../domain/layout/form-marker';
import { uniqueDefinedName, uniqueSheetName } from '../domain/layout/names';
import type { SheetPlan } from '../domain/layout/sheet-plan';

export interface Placement {
  /** The new worksheet's name, unique in the workbook (never an existing sheet). */
  sheetName: string;
  /** Plan name -> the workbook-unique defined name actually used. */
  names: Record<string, string>;
  /** The form marker actually used (see src/domain/layout/form-marker.ts), or null if the plan has none. */
  markerName: string | null;
}

/** What the workbook holds before the insertion, as loaded in the first sync. */
export interface WorkbookInventory {
  sheetNames: readonly string[];
  definedNames: readonly string[];
}

export function placePlans(plans: readonly SheetPlan[], inventory: WorkbookInventory): Placement[] {
  const takenSheets = [...inventory.sheetNames];
  const takenNames = [...inventory.definedNames];
  return plans.map((plan) => {
    const sheetName = uniqueSheetName(plan.sheetName, takenSheets);
    takenSheets.push(sheetName);
    const names: Record<string, string> = {};
    for (const planned of plan.names) {
      const name = uniqueDefinedName(planned.name, takenNames);
      takenNames.push(name);
      names[planned.name] = name;
    }
    const marker = plan.names.find((n) => parseFormMarkerName(n.name) !== null);
    return { sheetName, names, markerName: marker ? names[marker.name] : null };
  });
}
