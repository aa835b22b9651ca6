/**
 * «Soạn thuyết minh» with last quarter's report in the preview (real pane, strict fake Excel): the «Kỳ trước» and
 * «Thông tin văn bản» groups unfold, a hand-written .docx is picked through the real file input and read by the
 * on-demand reader chunk, the draft says what it carried and shows «[cần cập nhật: …]» marks.
 * Screenshots: test-output/e2e/narrate-carry-*.png.
 */
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { PREVIOUS_REPORT, toDocx } from '../fixtures/report/previous-report';
import { screenshot } from './browser';
import { clickAndWait, fillFields, previewSessions } from './pane';

describe("«Soạn thuyết minh» carrying last quarter's report", () => {
  const sessions = previewSessions();
  let dir: string;
  beforeAll(() => {
    dir = mkdtempSync(path.join(tmpdir(), 'kstt-e2e-carry-'));
    writeFileSync(path.join(dir, 'bao-cao-quy-i.docx'), toDocx(PREVIOUS_REPORT));
  });
  afterAll(() => rmSync(dir, { recursive: true, force: true }));

  test('picks the .docx, drafts with it, says it is the same period', async () => {
    const { page } = await sessions.view('narrate');
    await page.getByTestId('narrate-previous-toggle').click();
    await page.getByTestId('narrate-fields-toggle').click();
    await fillFields(page, { 'narrate-field-unit': 'UBND phường Tam Thanh' });
    await screenshot(page, 'narrate-carry-options');
    await page
      .getByTestId('narrate-previous-report-input')
      .setInputFiles(path.join(dir, 'bao-cao-quy-i.docx'));
    await page.getByText('bao-cao-quy-i.docx').waitFor({ timeout: 15000 });
    await clickAndWait(page, 'narrate-draft', 'narrate-preview');
    expect(await page.getByTestId('narrate-carried').innerText()).toMatch(/giữ \d+ đoạn văn/);
    const preview = await page.getByTestId('narrate-preview').innerText();
    expect(preview).toContain('UBND phường luôn tích cực chỉ đạo thực hiện công tác truyền thông');
    // The preview's sample is of quý I/2026 like the report picked: kept, nothing marked, and the pane says why.
    expect(await page.getByTestId('narrate-carried').innerText()).toContain('cùng kỳ với số liệu');
    expect(preview).not.toContain('[cần cập nhật:');
    await page.locator('[data-testid="narrate-section"][data-section="II.7"]').scrollIntoViewIfNeeded();
    await screenshot(page, 'narrate-carry-drafted');
  });
});
