/** What the «Tự kiểm tra» view asks of Excel and the clipboard; a prop so unit tests can pass their own. */
import { isExcelApiSupported } from '../../excel/host';
import { runSelfTest } from '../../excel/self-test/run-self-test';
import type { SelfTestReport } from '../../excel/self-test/types';
import { requireExcel } from '../host-access';
import { copyText } from '../narrate/clipboard';

export interface SelfTestActions {
  run(): Promise<SelfTestReport>;
  copy(text: string): Promise<void>;
}

export const excelSelfTestActions: SelfTestActions = {
  run: async () => runSelfTest(requireExcel(), { supports: isExcelApiSupported }),
  copy: (text) => copyText(text),
};
