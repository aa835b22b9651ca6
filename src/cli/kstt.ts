/**
 * `kstt`: the add-in's core on the command line (`npm run --silent kstt -- <lệnh> …`, runs with tsx).
 * Dispatches to `commands/<name>.ts` through the registry in `commands/index.ts`.
 * Exit codes: 0 ok · 1 findings or usage error · 2 unreadable input.
 */
import { COMMANDS } from './commands';
import { EXIT, UnreadableInputError, UsageError, type CliIo, type ExitCode } from './commands/types';
import { OutputWriteError } from './write-file';

function stackOf(error: unknown): string {
  return error instanceof Error ? (error.stack ?? error.message) : String(error);
}

function generalHelp(): string {
  const width = Math.max(...COMMANDS.map((c) => c.name.length));
  const lines = COMMANDS.map((c) => `  ${c.name.padEnd(width)}  ${c.summary}`);
  return [
    'kstt — công cụ dòng lệnh Báo cáo KSTT (Thông tư 01/2020/TT-VPCP)',
    '',
    'Cách dùng: kstt <lệnh> [tùy chọn…]',
    '           npm run --silent kstt -- <lệnh> [tùy chọn…]',
    '',
    'Các lệnh:',
    ...lines,
    '',
    'Xem hướng dẫn của từng lệnh: kstt <lệnh> --help',
    '',
    'Mã thoát: 0 thành công · 1 có phát hiện hoặc sai cú pháp · 2 không đọc được tệp đầu vào.',
    'Thêm --debug để in chi tiết kỹ thuật khi có lỗi.',
    '(English: kstt <command> --help; messages are in Vietnamese.)',
    '',
  ].join('\n');
}

/** Runs one command line; never calls process.exit, so tests can drive it in-process. */
export async function runKstt(args: readonly string[], io: CliIo): Promise<ExitCode> {
  // --debug (anywhere): a failure also prints its stack trace, for a technician.
  const debug = args.includes('--debug');
  const argv = args.filter((a) => a !== '--debug');
  const [name, ...rest] = argv;
  if (name === undefined) {
    // No command is a usage error: the help goes to stderr so a script's stdout stays clean.
    io.stderr(generalHelp());
    return EXIT.findingsOrUsage;
  }
  if (name === '--help' || name === '-h' || name === 'help') {
    io.stdout(generalHelp());
    return EXIT.ok;
  }
  const command = COMMANDS.find((c) => c.name === name);
  if (!command) {
    io.stderr(`Lệnh không tồn tại: «${name}». Các lệnh: ${COMMANDS.map((c) => c.name).join(', ')}. Xem: kstt --help\n`);
    return EXIT.findingsOrUsage;
  }
  if (rest.includes('--help') || rest.includes('-h')) {
    io.stdout(command.help.endsWith('\n') ? command.help : `${command.help}\n`);
    return EXIT.ok;
  }
  try {
    return await command.run(rest, io);
  } catch (error) {
    if (error instanceof UsageError) {
      io.stderr(`Lỗi: ${error.message}\nXem: kstt ${command.name} --help\n`);
      return EXIT.findingsOrUsage;
    }
    if (error instanceof UnreadableInputError) {
      io.stderr(`Không đọc được tệp: ${error.message}\n`);
      return EXIT.unreadableInput;
    }
    if (error instanceof OutputWriteError) {
      io.stderr(`${error.message}\n${debug ? `${stackOf(error.cause)}\n` : ''}`);
      return EXIT.findingsOrUsage;
    }
    // Anything else is our bug: one Vietnamese line, the stack only with --debug.
    io.stderr(
      debug
        ? `Lỗi không mong đợi khi chạy «kstt ${command.name}»:\n${stackOf(error)}\n`
        : `Lỗi không mong đợi khi chạy «kstt ${command.name}»; không tệp nào bị ghi dở. Chạy lại với --debug để xem chi tiết kỹ thuật.\n`,
    );
    return EXIT.findingsOrUsage;
  }
}

const isMain = typeof require !== 'undefined' ? require.main === module : process.argv[1]?.endsWith('kstt.ts');
if (isMain) {
  const io: CliIo = {
    stdout: (text) => process.stdout.write(text),
    stderr: (text) => process.stderr.write(text),
    cwd: process.cwd(),
  };
  runKstt(process.argv.slice(2), io).then(
    (code) => {
      process.exitCode = code;
    },
    (error: unknown) => {
      const detail = process.argv.includes('--debug') ? `\n${stackOf(error)}` : ' Chạy lại với --debug để xem chi tiết kỹ thuật.';
      process.stderr.write(`Lỗi không mong đợi.${detail}\n`);
      process.exitCode = EXIT.findingsOrUsage;
    },
  );
}
