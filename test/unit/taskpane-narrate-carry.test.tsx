/** @jest-environment jsdom */
/**
 * «Soạn thuyết minh» with last period's report: a hand-written .docx picked in the pane (read by the real reader),
 * or the workbook's old «Thuyết minh» sheet, carried into the draft; the document fields remembered per workbook and
 * passed to the .docx export, with the forms attached when asked.
 */
import { fireEvent, screen, waitFor } from '@testing-library/react';
import type { DocxMeta } from '../../src/docx/draft-docx';
import type { DraftReport } from '../../src/domain/narrative';
import type { InputWorkbook } from '../../src/domain/read/types';
import { readWorkbook } from '../../src/excel/read-grid';
import type { NarrateActions } from '../../src/taskpane/narrate/actions';
import { NarrateView } from '../../src/taskpane/views/NarrateView';
import { PREVIOUS_REPORT, toDocx } from '../fixtures/report/previous-report';
import { renderInPane, setUpPaneTests } from '../helpers/pane';
import { sampleExcel } from '../helpers/sample-excel';

setUpPaneTests();

let SAMPLE: InputWorkbook;
beforeAll(async () => {
  SAMPLE = await readWorkbook(sampleExcel());
});

function stub(grid: () => InputWorkbook, key = 'https://example/so-quy-ii.xlsx') {
  const docx: { report: DraftReport; meta: DocxMeta }[] = [];
  const actions: NarrateActions = {
    read: async () => grid(),
    select: async () => {},
    writeSheet: async () => ({ kind: 'written', sheetName: 'Thuyết minh', replaced: false, rows: 0 }),
    copy: async () => {},
    downloadDocx: async (report, meta) => {
      docx.push({ report, meta });
    },
    workbookKey: () => key,
  };
  return { actions, docx };
}

function show(actions: NarrateActions) {
  return renderInPane(<NarrateView actions={actions} />);
}

/** A picked file as the browser gives it (jsdom's File has no arrayBuffer()). */
function picked(name: string, bytes: Uint8Array): File {
  const file = new File([bytes as BlobPart], name);
  Object.defineProperty(file, 'arrayBuffer', { value: async () => bytes.slice().buffer });
  return file;
}

const previewText = () => screen.getByTestId('narrate-preview').textContent ?? '';

test("a previous report picked as .docx is carried: the unit's paragraphs kept, stale items marked", async () => {
  const { actions } = stub(() => SAMPLE);
  show(actions);
  fireEvent.click(screen.getByTestId('narrate-previous-toggle'));
  fireEvent.change(screen.getByTestId('narrate-previous-report-input'), {
    target: { files: [picked('bao-cao-quy-i.docx', toDocx(PREVIOUS_REPORT))] },
  });
  await waitFor(() =>
    expect(screen.getByTestId('narrate-previous-report-chosen').textContent).toBe('bao-cao-quy-i.docx'),
  );
  fireEvent.click(screen.getByTestId('narrate-draft'));
  await screen.findByTestId('narrate-preview');
  expect(screen.getByTestId('narrate-carried').textContent).toMatch(
    /giữ \d+ đoạn văn, thay \d+ câu số liệu; \d+ chỗ cần cập nhật/,
  );
  expect(previewText()).toContain('UBND phường luôn tích cực chỉ đạo thực hiện công tác truyền thông');
  // The sample workbook is of quý I/2026, the same period as the report picked: nothing is marked, and it says so.
  expect(screen.getByTestId('narrate-carried').textContent).toContain('cùng kỳ với số liệu');
  expect(previewText()).not.toContain('[cần cập nhật');
});

test('the old «Thuyết minh» sheet can stand for the previous report', async () => {
  const sheet = {
    name: 'Thuyết minh',
    cells: [
      'THUYẾT MINH BÁO CÁO KẾT QUẢ KIỂM SOÁT THỦ TỤC HÀNH CHÍNH',
      'Kỳ báo cáo: Quý IV năm 2025',
      'I. CÔNG TÁC CHỈ ĐẠO, ĐIỀU HÀNH',
      '1. Việc ban hành văn bản chỉ đạo, triển khai thực hiện',
      'UBND phường ban hành Kế hoạch số 12/KH-UBND ngày 20/10/2025 về kiểm soát TTHC.',
      '[Nội dung do đơn vị bổ sung]',
    ].map((value, row) => ({ row, col: 0, value })),
  };
  const { actions } = stub(() => ({ ...SAMPLE, sheets: [...SAMPLE.sheets, sheet] }));
  show(actions);
  fireEvent.click(screen.getByTestId('narrate-previous-toggle'));
  fireEvent.click(screen.getByTestId('narrate-previous-sheet'));
  fireEvent.click(screen.getByTestId('narrate-draft'));
  await screen.findByTestId('narrate-preview');
  expect(previewText()).toContain(
    'UBND phường ban hành Kế hoạch số 12/KH-UBND ngày 20/10/2025 [cần cập nhật: ngày thuộc kỳ trước (15/9/2025 – 14/12/2025)] về kiểm soát TTHC.',
  );
});

test('document fields: typed once, remembered for this workbook, used by the .docx with the forms attached', async () => {
  const first = stub(() => SAMPLE);
  const view = show(first.actions);
  fireEvent.click(screen.getByTestId('narrate-fields-toggle'));
  const type = (key: string, value: string) =>
    fireEvent.change(screen.getByTestId(`narrate-field-${key}`), { target: { value } });
  type('unit', 'UBND phường Tam Thanh');
  type('signerTitle', 'Chủ tịch');
  type('signerName', 'Vũ Hồng Trung');
  type('recipients', 'UBND tỉnh; Lưu hồ sơ');
  fireEvent.click(screen.getByTestId('narrate-field-attachForms'));
  fireEvent.click(screen.getByTestId('narrate-draft'));
  await screen.findByTestId('narrate-preview');
  fireEvent.click(screen.getByTestId('narrate-docx'));
  await waitFor(() => expect(first.docx).toHaveLength(1));
  expect(first.docx[0]!.meta).toMatchObject({
    unit: 'UBND phường Tam Thanh',
    signerTitle: 'Chủ tịch',
    signerName: 'Vũ Hồng Trung',
    recipients: ['UBND tỉnh', 'Lưu hồ sơ'],
  });
  expect(first.docx[0]!.meta.attachments!.map((a) => a.code)).toContain('Biểu số II.06a/VPCP/KSTT');
  view.unmount();
  // The same workbook again: the fields are back. Another workbook starts empty.
  const again = show(stub(() => SAMPLE).actions);
  fireEvent.click(screen.getByTestId('narrate-fields-toggle'));
  expect((screen.getByTestId('narrate-field-signerName') as HTMLInputElement).value).toBe('Vũ Hồng Trung');
  again.unmount();
  show(stub(() => SAMPLE, 'https://example/so-khac.xlsx').actions);
  fireEvent.click(screen.getByTestId('narrate-fields-toggle'));
  expect((screen.getByTestId('narrate-field-signerName') as HTMLInputElement).value).toBe('');
});
