/** The workbooks the view tests read through the real grid reader, on the strict fake Excel host. */
import { createFakeExcel, fakeFromGrid } from '../fake-excel';
import { buildSampleWorkbook } from '../preview/sample-workbook';

type FakeWorkbook = NonNullable<Parameters<typeof createFakeExcel>[0]>['workbook'];

export function excelWith(workbook: FakeWorkbook): typeof Excel {
  return createFakeExcel({ workbook }).Excel as unknown as typeof Excel;
}

/** The preview's sample workbook (II.06a with its demo contradictions). */
export function sampleExcel(): typeof Excel {
  return excelWith(buildSampleWorkbook());
}

/** A workbook with no form in it: a phone list. */
export function plainExcel(): typeof Excel {
  return excelWith(
    fakeFromGrid('Danh bạ', [
      ['Họ tên', 'Điện thoại'],
      ['An', 123],
    ]),
  );
}
