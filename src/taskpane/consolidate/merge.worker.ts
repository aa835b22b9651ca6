/**
 * The Web Worker of «Tổng hợp»: the file guard, exceljs / SheetJS, the recogniser and the checker run here, off
 * the pane's thread, so reading 200 workbooks never freezes the pane. One message per file in (its bytes,
 * transferred), one UnitFileResult out (plain data: recognised forms, findings, or a Vietnamese refusal).
 */
import type { UnitFileResult } from '../../domain/consolidate';
import { mergeEngine } from './engine';

export interface ReadRequest {
  id: number;
  name: string;
  bytes: ArrayBuffer;
}

export type ReadReply = { id: number; result: UnitFileResult };

const scope = self as unknown as {
  onmessage: ((event: MessageEvent<ReadRequest>) => void) | null;
  postMessage(message: ReadReply): void;
};

scope.onmessage = (event) => {
  const { id, name, bytes } = event.data;
  mergeEngine.readUnit(new Uint8Array(bytes), name).then(
    (result) => scope.postMessage({ id, result }),
    (error: unknown) =>
      scope.postMessage({
        id,
        result: {
          kind: 'unreadable',
          fileName: name,
          reason: 'Không đọc được tệp do lỗi không mong đợi khi phân tích.',
          details: error instanceof Error ? error.message : String(error),
        },
      }),
  );
};
