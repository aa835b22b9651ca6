/** src/excel/host.ts: guarded feature detection and host classification, with and without Office globals. */
import {
  MIN_EXCEL_API,
  describeHost,
  getExcel,
  getOffice,
  isExcelApiSupported,
  waitForHost,
} from '../../src/excel/host';

const scope = globalThis as Record<string, unknown>;

function installOffice(office: unknown, excel: unknown = {}) {
  scope.Office = office;
  scope.Excel = excel;
}

/** An Office whose requirements support ExcelApi 1.0 … 1.`maxMinor`. */
function officeUpTo(maxMinor: number, host = 'Excel') {
  return {
    onReady: () => Promise.resolve({ host, platform: 'PC' }),
    context: {
      requirements: {
        isSetSupported: (name: string, version: string) =>
          name === 'ExcelApi' && Number(version.split('.')[1]) <= maxMinor,
      },
    },
  };
}

afterEach(() => {
  delete scope.Office;
  delete scope.Excel;
});

describe('isExcelApiSupported', () => {
  test('false without Office at all', () => {
    expect(getOffice()).toBeUndefined();
    expect(isExcelApiSupported('1.1')).toBe(false);
  });

  test('false, not a throw, when Office.context is undefined (office.js outside Office)', () => {
    installOffice({ onReady: () => Promise.resolve({ host: null }) });
    expect(isExcelApiSupported('1.8')).toBe(false);
    installOffice({ onReady: () => Promise.resolve({ host: null }), context: {} });
    expect(isExcelApiSupported('1.8')).toBe(false);
  });

  test('false when isSetSupported throws', () => {
    installOffice({
      context: {
        requirements: {
          isSetSupported: () => {
            throw new Error('not initialised');
          },
        },
      },
    });
    expect(isExcelApiSupported('1.8')).toBe(false);
  });

  test('asks for the ExcelApi set with the version as a string', () => {
    installOffice(officeUpTo(13));
    expect(isExcelApiSupported('1.8')).toBe(true);
    expect(isExcelApiSupported('1.13')).toBe(true);
    expect(isExcelApiSupported('1.14')).toBe(false);
  });
});

describe('describeHost / waitForHost', () => {
  test('no Office: not available', async () => {
    expect(await waitForHost(50)).toEqual({ available: false, problem: 'no-office', host: null });
  });

  test('Excel with the 1.8 floor: available', async () => {
    installOffice(officeUpTo(8));
    expect(MIN_EXCEL_API).toBe('1.8');
    expect(getExcel()).toBeDefined();
    expect(await waitForHost(1000)).toEqual({ available: true, problem: null, host: 'Excel' });
  });

  test('Excel below 1.8: old-excel', async () => {
    installOffice(officeUpTo(7));
    expect(await waitForHost(1000)).toEqual({ available: false, problem: 'old-excel', host: 'Excel' });
  });

  test('another Office host (Word) or Excel global missing: not-excel', async () => {
    installOffice(officeUpTo(13, 'Word'));
    expect((await waitForHost(1000)).problem).toBe('not-excel');
    installOffice(officeUpTo(13));
    delete scope.Excel;
    expect(describeHost('Excel').problem).toBe('not-excel');
  });

  test('onReady that never resolves times out as not available instead of hanging', async () => {
    installOffice({ onReady: () => new Promise(() => {}), context: {} });
    const started = Date.now();
    const status = await waitForHost(100);
    expect(Date.now() - started).toBeLessThan(2000);
    expect(status.available).toBe(false);
  });

  test('onReady that rejects: not available', async () => {
    installOffice({ onReady: () => Promise.reject(new Error('boom')) });
    expect((await waitForHost(1000)).available).toBe(false);
  });
});
