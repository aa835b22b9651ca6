/** The fake's `roundTrip` option: 'task' makes a sync span event-loop tasks, as Excel's out-of-process round trip. */
import { createFakeExcel, type FakeExcel } from '../fake-excel';

const excelOf = (fake: FakeExcel) => fake.Excel as unknown as typeof Excel;

async function timerFiredBeforeSyncReturned(roundTrip?: 'microtask' | 'task'): Promise<boolean> {
  const fake = createFakeExcel(roundTrip ? { roundTrip } : {});
  let timerFired = false;
  return excelOf(fake).run(async (context) => {
    context.workbook.worksheets.getItem('Sheet1').getRange('A1').values = [[1]];
    setTimeout(() => (timerFired = true), 0);
    await context.sync();
    return timerFired;
  });
}

test('default: a sync resolves within the caller’s task (microtasks only)', async () => {
  expect(await timerFiredBeforeSyncReturned()).toBe(false);
});

test("roundTrip 'task': a timer queued before the sync runs before the sync returns; the write is done", async () => {
  expect(await timerFiredBeforeSyncReturned('task')).toBe(true);
  const fake = createFakeExcel({ roundTrip: 'task' });
  const value = await excelOf(fake).run(async (context) => {
    const range = context.workbook.worksheets.getItem('Sheet1').getRange('B2');
    range.values = [[42]];
    range.load('values');
    await context.sync();
    return range.values[0][0];
  });
  expect(value).toBe(42);
  expect(fake.stats.syncCount).toBe(1);
});
