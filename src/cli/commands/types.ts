import type { WriteOps } from '../write-file';

/**
 * What a `kstt` subcommand is. Adding one = a new file in this folder exporting a `CliCommand`, plus one line in
 * `index.ts`. Commands write through `CliIo` (never console/process directly) so tests can run them in-process.
 */

/** Exit codes shared by every command. */
export const EXIT = {
  ok: 0,
  /** Findings (check found errors) or a usage error: the user must read stderr/stdout. */
  findingsOrUsage: 1,
  /** An input file that cannot be read or is not a workbook. */
  unreadableInput: 2,
} as const;

export type ExitCode = (typeof EXIT)[keyof typeof EXIT];

export interface CliIo {
  stdout(text: string): void;
  stderr(text: string): void;
  /** Directory relative paths are resolved against. */
  cwd: string;
  /** File-system calls of writes (tests inject a full disk); default: node:fs. */
  writeOps?: WriteOps;
}

export interface CliCommand {
  name: string;
  /** One Vietnamese line for `kstt --help`. */
  summary: string;
  /** Full Vietnamese help for `kstt <name> --help`. */
  help: string;
  run(args: readonly string[], io: CliIo): Promise<ExitCode>;
}

/** A refusal the user caused (bad option, unknown code): printed to stderr, exit 1, nothing written. */
export class UsageError extends Error {}

/** An input that cannot be read (missing file, not an .xlsx): printed to stderr, exit 2. */
export class UnreadableInputError extends Error {}
