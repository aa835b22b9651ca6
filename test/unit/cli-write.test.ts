/**
 * Every CLI write is atomic (issue 16 §5): a failing write (a full disk, injected; and a real 64 KB tmpfs where
 * the machine lets the test mount one) leaves the previous file byte-identical and no temporary file, and says
 * one Vietnamese line (the stack only with --debug). The same-file guard sees through symlinks and hard links.
 */
import { spawnSync } from 'node:child_process';
import { chmodSync, linkSync, mkdirSync, mkdtempSync, readdirSync, readFileSync, rmSync, symlinkSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { runKstt } from '../../src/cli/kstt';
import type { CliIo } from '../../src/cli/commands/types';
import { NODE_WRITE_OPS, type WriteOps } from '../../src/cli/write-file';
import { randomCommune, unitWorkbook } from '../fixtures/merge/units';

let dir: string;
const OLD = new TextEncoder().encode('nội dung cũ của tệp — phải còn nguyên');

beforeAll(async () => {
  dir = mkdtempSync(path.join(tmpdir(), 'kstt-write-'));
  writeFileSync(path.join(dir, 'don-vi.xlsx'), await unitWorkbook(randomCommune(1, 'UBND xã An Phú')));
});
afterAll(() => rmSync(dir, { recursive: true, force: true }));

/** A disk that fills up after `room` bytes: writes part, then fails with ENOSPC, like the real thing. */
function fullDisk(room: number): WriteOps {
  let left = room;
  return {
    ...NODE_WRITE_OPS,
    writeSync: (fd, buffer, offset, length) => {
      if (left <= 0) throw Object.assign(new Error('ENOSPC: no space left on device, write'), { code: 'ENOSPC' });
      const n = Math.min(left, length);
      left -= n;
      return NODE_WRITE_OPS.writeSync(fd, buffer, offset, n);
    },
  };
}

function io(writeOps?: WriteOps): CliIo & { out: string; err: string } {
  const x = { out: '', err: '', cwd: dir, writeOps, stdout: (t: string) => void (x.out += t), stderr: (t: string) => void (x.err += t) };
  return x;
}

const leftovers = () => readdirSync(dir).filter((n) => n.endsWith('.tmp'));

describe.each([
  ['template --force', (out: string) => ['template', 'II.06a', '-o', out, '--force']],
  ['merge --force', (out: string) => ['merge', 'don-vi.xlsx', '-o', out, '--force']],
])('%s on a full disk', (_name, argsFor) => {
  it('keeps the old file byte for byte, leaves no temporary file, and says one Vietnamese line', async () => {
    const out = 'bao-cao.xlsx';
    writeFileSync(path.join(dir, out), OLD);
    const run = io(fullDisk(4096));
    const code = await runKstt(argsFor(out), run);
    expect(code).toBe(1);
    expect(run.err).toBe(`Không ghi được «${out}»: ổ đĩa đã đầy. Tệp cũ (nếu có) được giữ nguyên.\n`);
    expect(readFileSync(path.join(dir, out))).toEqual(Buffer.from(OLD));
    expect(leftovers()).toEqual([]);
  });
});

it('narrate --docx on a full disk keeps the old .docx; --debug adds the system error', async () => {
  writeFileSync(path.join(dir, 'thuyet-minh.docx'), OLD);
  const run = io(fullDisk(100));
  expect(await runKstt(['narrate', 'don-vi.xlsx', '--docx', 'thuyet-minh.docx', '--force', '--debug'], run)).toBe(1);
  expect(run.err).toMatch(/^Không ghi được «thuyet-minh\.docx»: ổ đĩa đã đầy\./m);
  expect(run.err).toMatch(/ENOSPC/);
  expect(readFileSync(path.join(dir, 'thuyet-minh.docx'))).toEqual(Buffer.from(OLD));
  expect(leftovers()).toEqual([]);
});

it('writes through a rename: a successful write replaces the file whole', async () => {
  writeFileSync(path.join(dir, 'moi.xlsx'), OLD);
  expect(await runKstt(['template', 'II.06a', '-o', 'moi.xlsx', '--force'], io())).toBe(0);
  expect(readFileSync(path.join(dir, 'moi.xlsx')).subarray(0, 2).toString()).toBe('PK');
  expect(leftovers()).toEqual([]);
});

describe('the same-file guard', () => {
  it.each([
    ['a symlink', (target: string, link: string) => symlinkSync(target, link)],
    ['a hard link', (target: string, link: string) => linkSync(target, link)],
  ])('refuses %s to an input as the output, even with --force', async (_kind, makeLink) => {
    const input = path.join(dir, 'don-vi.xlsx');
    const before = readFileSync(input);
    const link = path.join(dir, `lien-ket-${_kind.length}.xlsx`);
    makeLink(input, link);
    const run = io();
    expect(await runKstt(['merge', 'don-vi.xlsx', '-o', path.basename(link), '--force'], run)).toBe(1);
    expect(run.err).toMatch(/trùng với một tệp đầu vào/);
    expect(readFileSync(input)).toEqual(before);
    const docx = io();
    expect(await runKstt(['narrate', 'don-vi.xlsx', '--docx', path.basename(link).replace('.xlsx', '.docx')], docx)).toBe(0);
    rmSync(path.join(dir, path.basename(link).replace('.xlsx', '.docx')));
  });
});

describe('ordinary mistakes give one Vietnamese line, never a stack trace', () => {
  it.each([
    ['a missing folder', ['template', 'II.06a', '-o', 'khong-co/bao-cao.xlsx'], /thư mục «khong-co» không tồn tại/],
    ['a folder as the output', ['template', 'II.06a', '-o', 'thu-muc.xlsx', '--force'], /đó là một thư mục/],
  ])('%s', async (_name, args, message) => {
    mkdirSync(path.join(dir, 'thu-muc.xlsx'), { recursive: true });
    const run = io();
    expect(await runKstt(args as string[], run)).toBe(1);
    expect(run.err).toMatch(message);
    expect(run.err.trim().split('\n')).toHaveLength(1);
  });

  it('a read-only folder (as a normal user; root may write anyway)', async () => {
    const locked = path.join(dir, 'chi-doc');
    mkdirSync(locked);
    chmodSync(locked, 0o555);
    const run = io({
      ...NODE_WRITE_OPS,
      openSync: () => {
        throw Object.assign(new Error('EACCES: permission denied, open'), { code: 'EACCES' });
      },
    });
    expect(await runKstt(['template', 'II.06a', '-o', 'chi-doc/a.xlsx'], run)).toBe(1);
    expect(run.err).toMatch(/^Không ghi được «chi-doc\/a\.xlsx»: không có quyền ghi vào thư mục «chi-doc»/);
    chmodSync(locked, 0o755);
  });
});

describe('a real full disk (64 KB tmpfs), where the machine lets the test mount one', () => {
  const mnt = path.join(tmpdir(), `kstt-full-${process.pid}`);
  let mounted = false;
  beforeAll(() => {
    mkdirSync(mnt, { recursive: true });
    mounted = spawnSync('mount', ['-t', 'tmpfs', '-o', 'size=64k', 'tmpfs', mnt]).status === 0;
  });
  afterAll(() => {
    if (mounted) spawnSync('umount', [mnt]);
    rmSync(mnt, { recursive: true, force: true });
  });

  it('template --force over an existing workbook keeps it byte-identical', async () => {
    if (!mounted) return console.warn('tmpfs not mountable here: the injected full disk above covers this case');
    const small = path.join(mnt, 'cu.xlsx');
    writeFileSync(small, OLD);
    // Fill the rest of the disk so the new workbook cannot fit.
    try {
      writeFileSync(path.join(mnt, 'day'), new Uint8Array(60 * 1024));
    } catch {
      /* full already */
    }
    const run = io();
    run.cwd = mnt;
    expect(await runKstt(['template', 'II.06a', 'II.05a', '-o', 'cu.xlsx', '--force'], run)).toBe(1);
    expect(run.err).toMatch(/ổ đĩa đã đầy/);
    expect(readFileSync(small)).toEqual(Buffer.from(OLD));
    expect(readdirSync(mnt).filter((n) => n.endsWith('.tmp'))).toEqual([]);
  });
});
