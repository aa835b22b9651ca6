/**
 * The `kstt` subcommands, in the order `kstt --help` lists them.
 * Adding a command: write `commands/<name>.ts` exporting a CliCommand (see types.ts), add one line below.
 */
import { checkCommand } from './check';
import { mergeCommand } from './merge';
import { narrateCommand } from './narrate';
import { templateCommand } from './template';
import type { CliCommand } from './types';

export const COMMANDS: readonly CliCommand[] = [
  templateCommand,
  narrateCommand,
  checkCommand,
  mergeCommand,
];
