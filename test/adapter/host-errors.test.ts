/**
 * Host errors, view by view: every Excel call path of the task pane, run through the same actions the views use,
 * against the strict fake with an injected failure (a chosen call fails with a chosen code, the 5 MB payload cap of
 * Excel on the web, a protected sheet, a cell in edit mode). Each must reject with an error the pane explains in
 * Vietnamese, with the code kept, and leave the workbook exactly as it was (or restore it).
 *
 * `HOST_ERRORS_TABLE=/path/file.md npx jest test/adapter/host-errors.test.ts` also writes the code × view table.
 */
import { writeFileSync } from 'node:fs';
import { getForm } from '../../src/domain/forms';
import { buildSheetPlan } from '../../src/domain/layout/build-plan';
import type { FormOptions } from '../../src/domain/layout/options';
import { classifyHostError, type HostErrorKind } from '../../src/excel/host-errors';
import { runSelfTest } from '../../src/excel/self-test/run-self-test';
import { runCheck } from '../../src/taskpane/check/model';
import { excelCheckActions } from '../../src/taskpane/check/actions';
import { explainThrown } from '../../src/taskpane/host-error';
import { translator } from '../../src/taskpane/i18n';
import { insertChartsIntoWorkbook, insertIntoWorkbook } from '../../src/taskpane/insert/actions';
import { excelNarrateActions } from '../../src/taskpane/narrate/actions';
import {
  compareVersions,
  createFakeExcel,
  createFakeOffice,
  snapshotWorkbook,
  type FakeErrorCode,
  type FakeExcel,
} from '../fake-excel';
import { buildSampleWorkbook } from '../preview/sample-workbook';
import { tamThanhOptions } from '../fixtures/form-options';

const scope = globalThis as Record<string, unknown>;
afterEach(() => {
  delete scope.Excel;
  delete scope.Office;
});

function options(): FormOptions {
  return tamThanhOptions({ receivingUnit: 'UBND tỉnh Quảng Nam' });
}
const plan = (code: string) => buildSheetPlan(getForm(code)!, options());
const NEW_SHEETS_ONLY = 'Không ảnh hưởng: chức năng chỉ ghi vào trang tính mới.';
const LINES = [
  { text: 'BÁO CÁO', style: 'title' as const },
  { text: '1. Kết quả tiếp nhận, giải quyết hồ sơ', style: 'heading1' as const },
  {
    text:
      'Tổng số hồ sơ tiếp nhận trong kỳ là 1.652 hồ sơ, trong đó tiếp nhận trực tuyến 1.120 hồ sơ, tiếp nhận trực tiếp ' +
      'và qua dịch vụ bưu chính công ích 532 hồ sơ; số hồ sơ đã giải quyết 1.586 hồ sơ, trong đó giải quyết trước hạn và ' +
      'đúng hạn 1.578 hồ sơ (tỷ lệ 99,50%), quá hạn 8 hồ sơ; số hồ sơ đang giải quyết 66 hồ sơ.',
    style: 'paragraph' as const,
  },
];

/** One Excel call path of a view: how to prepare the workbook, what to run, which call to make fail mid-way. */
interface Operation {
  view: string;
  action: string;
  /** Runs before the snapshot, without faults. */
  prepare?: () => Promise<void>;
  run: () => Promise<unknown>;
  /** The call that fails for a code injected «mid-way» (commands before it in its sync stay applied). */
  failAt: { member: string; skip: number };
  /** Why a protected sheet does not stop it (it writes only new sheets, only reads, …); absent when it must. */
  protectedUnaffected?: string;
  /** After a refusal, a second click finishes the job instead of a rollback (see the test). */
  resumable?: boolean;
}

const OPERATIONS: Operation[] = [
  {
    view: 'Chèn biểu mẫu',
    action: 'chèn II.06a + II.06b',
    run: () => insertIntoWorkbook([plan('II.06a'), plan('II.06b')]),
    failAt: { member: 'Range.merge', skip: 3 },
    protectedUnaffected: NEW_SHEETS_ONLY,
  },
  {
    view: 'Chèn biểu mẫu',
    action: 'chèn biểu đồ',
    run: () => insertChartsIntoWorkbook(['by-field'], 2026),
    failAt: { member: 'ChartTitle.text', skip: 0 },
    protectedUnaffected: NEW_SHEETS_ONLY,
  },
  {
    view: 'Kiểm tra số liệu',
    action: 'đọc cả sổ tính',
    run: () => excelCheckActions.read('workbook'),
    failAt: { member: 'Range.load', skip: 0 },
    protectedUnaffected: 'Không ảnh hưởng: chỉ đọc, Excel cho đọc trang tính bị khóa.',
  },
  {
    view: 'Kiểm tra số liệu',
    action: 'đánh dấu trên bảng',
    run: async () => excelCheckActions.highlight(runCheck(await excelCheckActions.read('workbook')).findings),
    failAt: { member: 'RangeFill.color', skip: 1 },
  },
  {
    view: 'Kiểm tra số liệu',
    action: 'bỏ đánh dấu',
    prepare: async () => {
      await excelCheckActions.highlight(runCheck(await excelCheckActions.read('workbook')).findings);
    },
    run: () => excelCheckActions.unhighlight(),
    failAt: { member: 'RangeFill.clear', skip: 0 },
    resumable: true,
  },
  {
    view: 'Soạn thuyết minh',
    action: 'ghi trang Thuyết minh',
    run: () => excelNarrateActions.writeSheet(LINES, false),
    failAt: { member: 'RangeFormat.wrapText', skip: 0 },
    protectedUnaffected: NEW_SHEETS_ONLY,
  },
  {
    view: 'Soạn thuyết minh',
    action: 'thay trang Thuyết minh',
    prepare: async () => {
      await excelNarrateActions.writeSheet(LINES, false);
    },
    run: () => excelNarrateActions.writeSheet([...LINES, { text: 'Đoạn mới.', style: 'paragraph' }], true),
    failAt: { member: 'Worksheet.delete', skip: 0 },
    protectedUnaffected:
      'Không ảnh hưởng: trang Thuyết minh của add-in được thay sau khi người dùng xác nhận (Excel cho xóa trang bị khóa).',
  },
  {
    view: 'Tổng hợp',
    action: 'ghi II.06b + phụ lục',
    run: () => insertIntoWorkbook([plan('II.06b'), plan('KSTT-PL')]),
    failAt: { member: 'NamedItemCollection.add', skip: 1 },
    protectedUnaffected: NEW_SHEETS_ONLY,
  },
];

/** A failure scenario: how it is injected and the kind the pane must explain. */
interface Scenario {
  label: string;
  code: string;
  kind: HostErrorKind;
  inject(fake: FakeExcel, op: Operation): void;
}

const midway = (code: FakeErrorCode, kind: HostErrorKind): Scenario => ({
  label: code,
  code,
  kind,
  inject: (fake, op) => fake.host.faults.push({ member: op.failAt.member, skip: op.failAt.skip, code }),
});

const SCENARIOS: Scenario[] = [
  midway('InvalidArgument', 'invalid-argument'),
  midway('InvalidOperation', 'invalid-operation'),
  midway('ItemAlreadyExists', 'already-exists'),
  midway('ItemNotFound', 'not-found'),
  midway('AccessDenied', 'access-denied'),
  midway('GeneralException', 'general'),
  midway('ApiNotFound', 'api-not-found'),
  midway('Conflict', 'busy'),
  {
    label: 'giới hạn 5 MB (Excel trên web)',
    code: 'Request/ResponsePayloadSizeLimitExceeded',
    kind: 'payload-too-large',
    // The cap scaled down with the test workbook: a few hundred bytes per request or response.
    inject: (fake) => (fake.host.payloadLimitBytes = 300),
  },
  {
    label: 'trang tính bị khóa',
    code: 'AccessDenied',
    kind: 'protected-sheet',
    inject: (fake) => fake.workbook.sheets.forEach((sheet) => (sheet.protected = true)),
  },
  {
    label: 'đang sửa ô',
    code: 'InvalidOperationInCellEditMode',
    kind: 'cell-edit-mode',
    inject: (fake) => fake.host.faults.push({ member: '*', code: 'InvalidOperationInCellEditMode', times: Infinity }),
  },
];

function install(): FakeExcel {
  const fake = createFakeExcel({ workbook: buildSampleWorkbook(), apiVersion: '1.18', evaluateFormulas: true });
  scope.Excel = fake.Excel;
  scope.Office = createFakeOffice(fake);
  return fake;
}

const vi = translator('vi');
const en = translator('en');
const table: { view: string; action: string; scenario: string; outcome: string }[] = [];

afterAll(() => {
  const file = process.env.HOST_ERRORS_TABLE;
  if (!file) return;
  const opOrder = (r: { view: string; action: string }) => {
    const i = OPERATIONS.findIndex((o) => o.view === r.view && o.action === r.action);
    return i < 0 ? OPERATIONS.length : i;
  };
  const scenarioOrder = (r: { scenario: string }) => SCENARIOS.findIndex((x) => x.label === r.scenario);
  table.sort((a, b) => opOrder(a) - opOrder(b) || scenarioOrder(a) - scenarioOrder(b));
  const rows = table.map((r) => `| ${r.view} › ${r.action} | ${r.scenario} | ${r.outcome.replace(/\|/g, '\\|')} |`);
  writeFileSync(
    file,
    [
      '# Lỗi của Excel × chức năng → thông báo (sinh bởi test/adapter/host-errors.test.ts)',
      '',
      'Mỗi dòng: lỗi được gây ra trong bản giả lập Excel (test/fake-excel) khi chức năng đang chạy, và câu tiếng Việt',
      'mà ngăn tác vụ hiển thị (kèm mã lỗi và lệnh Office.js bị từ chối). Với mọi dòng, test kiểm tra sổ tính sau đó',
      'giống hệt trước khi bấm; riêng «Bỏ đánh dấu» bị từ chối giữa chừng thì giữ bản ghi và lần bấm lại trả sổ tính',
      'về đúng như trước khi đánh dấu. «giới hạn 5 MB»: giới hạn được thu nhỏ theo sổ tính thử (300 byte).',
      '',
      '| Chức năng | Lỗi gây ra | Thông báo hiển thị (tiếng Việt) |',
      '|---|---|---|',
      ...rows,
      '',
    ].join('\n'),
  );
});

describe.each(OPERATIONS)('$view › $action', (op) => {
  test.each(SCENARIOS)('$label: a Vietnamese message with the code, the workbook as before', async (scenario) => {
    const fake = install();
    await op.prepare?.();
    const before = snapshotWorkbook(fake.workbook);
    scenario.inject(fake, op);

    let thrown: unknown = null;
    try {
      await op.run();
    } catch (error) {
      thrown = error;
    }

    if (thrown === null) {
      // Only a protected sheet may leave an operation unaffected, and only one that says why.
      expect(scenario.kind).toBe('protected-sheet');
      expect(op.protectedUnaffected).toBeDefined();
      table.push({ ...op, scenario: scenario.label, outcome: op.protectedUnaffected! });
      return;
    }
    const host = classifyHostError(thrown);
    expect(host?.kind).toBe(scenario.kind);
    const message = explainThrown(thrown, vi);
    expect(message).toContain(vi(`hostError.${scenario.kind}`));
    expect(message).toContain(`Mã lỗi: ${host!.code}`);
    expect(explainThrown(thrown, en)).toContain(en(`hostError.${scenario.kind}`));
    // Never the «could not clean up» sentence: every path restores.
    expect(host!.restored).not.toBe(false);

    fake.host.faults.length = 0;
    fake.host.payloadLimitBytes = null;
    fake.workbook.sheets.forEach((sheet) => (sheet.protected = false));
    if (op.resumable && snapshotWorkbook(fake.workbook) !== before) {
      // «Bỏ đánh dấu» refused half-way keeps its record: pressing it again finishes the restoration exactly.
      await op.run();
      const fresh = install();
      expect(snapshotWorkbook(fake.workbook)).toBe(snapshotWorkbook(fresh.workbook));
    } else {
      expect(snapshotWorkbook(fake.workbook)).toBe(before);
    }
    table.push({ ...op, scenario: scenario.label, outcome: message });
  });
});

describe('Tự kiểm tra › chạy', () => {
  const selfTest: Operation = {
    view: 'Tự kiểm tra',
    action: 'chạy',
    run: async () => undefined,
    failAt: { member: 'Range.merge', skip: 3 },
  };
  test.each(SCENARIOS)('$label: the failing step shows the code, the pane explains it, the workbook is as before', async (scenario) => {
    const fake = install();
    const before = snapshotWorkbook(fake.workbook);
    scenario.inject(fake, selfTest);
    const report = await runSelfTest(fake.Excel as unknown as typeof Excel, {
      supports: (v) => compareVersions(v, '1.18') <= 0,
    });
    const failed = report.rows.find((r) => r.hostError !== null);
    if (!failed) {
      // The self-test writes only sheets it creates; a protected sheet of the official's does not stop it.
      expect(scenario.kind).toBe('protected-sheet');
      expect(report.rows.every((r) => r.status !== 'fail')).toBe(true);
      table.push({ ...selfTest, scenario: scenario.label, outcome: NEW_SHEETS_ONLY });
    } else {
      expect(failed.hostError).toBe(scenario.kind);
      const message = `${vi(`hostError.${failed.hostError!}`)} (${vi('selftest.status.fail')}: ${failed.detail})`;
      table.push({ ...selfTest, scenario: scenario.label, outcome: message });
    }
    fake.host.faults.length = 0;
    fake.host.payloadLimitBytes = null;
    fake.workbook.sheets.forEach((sheet) => (sheet.protected = false));
    // Cell edit mode blocks the clean-up too (every call fails): the pane then lists the leftovers; here none were made.
    expect(snapshotWorkbook(fake.workbook)).toBe(before);
  });
});
