/**
 * Every file the CLI writes goes through here: the bytes go to a temporary file in the target's own folder, are
 * flushed to disk, and only then renamed over the target, so a full disk, a read-only folder or a crash leaves
 * the previous file byte for byte and no half-written output. Failures become one Vietnamese sentence.
 */
import * as fs from 'node:fs';
import path from 'node:path';

/** The few fs calls a write needs; tests pass a copy that fails where a full disk would. */
export interface WriteOps {
  openSync: typeof fs.openSync;
  writeSync: (fd: number, buffer: Uint8Array, offset: number, length: number) => number;
  fsyncSync: typeof fs.fsyncSync;
  closeSync: typeof fs.closeSync;
  renameSync: typeof fs.renameSync;
  unlinkSync: typeof fs.unlinkSync;
}

export const NODE_WRITE_OPS: WriteOps = {
  openSync: (...a) => fs.openSync(...a),
  writeSync: (fd, buffer, offset, length) => fs.writeSync(fd, buffer, offset, length),
  fsyncSync: (fd) => fs.fsyncSync(fd),
  closeSync: (fd) => fs.closeSync(fd),
  renameSync: (a, b) => fs.renameSync(a, b),
  unlinkSync: (p) => fs.unlinkSync(p),
};

/** A write that failed; `message` is the Vietnamese sentence, `cause` the system error. */
export class OutputWriteError extends Error {
  constructor(
    message: string,
    override readonly cause: unknown,
  ) {
    super(message);
  }
}

function reasonOf(error: unknown, shown: string): string {
  const code = (error as NodeJS.ErrnoException)?.code;
  const folder = path.dirname(shown) || '.';
  switch (code) {
    case 'ENOSPC':
    case 'EDQUOT':
      return `Không ghi được «${shown}»: ổ đĩa đã đầy. Tệp cũ (nếu có) được giữ nguyên.`;
    case 'EACCES':
    case 'EPERM':
    case 'EROFS':
      return `Không ghi được «${shown}»: không có quyền ghi vào thư mục «${folder}» (hoặc ổ đĩa chỉ đọc).`;
    case 'ENOENT':
    case 'ENOTDIR':
      return `Không ghi được «${shown}»: thư mục «${folder}» không tồn tại.`;
    case 'EISDIR':
      return `Không ghi được «${shown}»: đó là một thư mục, không phải tệp.`;
    default:
      return `Không ghi được «${shown}» (lỗi hệ thống ${code ?? 'không rõ'}). Tệp cũ (nếu có) được giữ nguyên.`;
  }
}

/** Writes `bytes` to `target` atomically; `shown` is the name used in messages (what the user typed). */
export function writeFileAtomic(target: string, bytes: Uint8Array, shown = target, ops: WriteOps = NODE_WRITE_OPS): void {
  if (fs.existsSync(target) && fs.statSync(target).isDirectory()) {
    throw new OutputWriteError(reasonOf({ code: 'EISDIR' }, shown), null);
  }
  const temp = path.join(
    path.dirname(target),
    `.${path.basename(target)}.${process.pid}-${Math.random().toString(36).slice(2, 8)}.tmp`,
  );
  let fd: number | null = null;
  try {
    fd = ops.openSync(temp, 'wx', 0o644);
    for (let at = 0; at < bytes.length; ) at += ops.writeSync(fd, bytes, at, bytes.length - at);
    ops.fsyncSync(fd);
    ops.closeSync(fd);
    fd = null;
    ops.renameSync(temp, target);
  } catch (error) {
    if (fd !== null) {
      try {
        ops.closeSync(fd);
      } catch {
        /* already failing: the first error is the one to report */
      }
    }
    try {
      ops.unlinkSync(temp);
    } catch {
      /* the temporary file may never have been created */
    }
    throw new OutputWriteError(reasonOf(error, shown), error);
  }
}

/** Whether two paths are the same file: the same real path, or the same inode (a hard link). */
export function isSameFile(a: string, b: string): boolean {
  try {
    if (fs.realpathSync(a) === fs.realpathSync(b)) return true;
    const sa = fs.statSync(a);
    const sb = fs.statSync(b);
    return sa.dev === sb.dev && sa.ino === sb.ino;
  } catch {
    return path.resolve(a) === path.resolve(b);
  }
}
