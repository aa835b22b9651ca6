/**
 * A small strict option parser with Vietnamese messages (node:util parseArgs only speaks English).
 * Accepts `--name value`, `--name=value`, `-o value`, `-o=value`, boolean flags and `--` to end options.
 */
import { UsageError } from './types';

export interface OptionSpec {
  type: 'string' | 'boolean';
  short?: string;
}

export interface ParsedArgs {
  positionals: string[];
  strings: Record<string, string>;
  flags: Record<string, boolean>;
}

export function parseArgs(args: readonly string[], spec: Readonly<Record<string, OptionSpec>>): ParsedArgs {
  const byShort = new Map(
    Object.entries(spec)
      .filter(([, s]) => s.short)
      .map(([name, s]) => [s.short as string, name]),
  );
  const result: ParsedArgs = { positionals: [], strings: {}, flags: {} };
  for (let i = 0; i < args.length; i++) {
    const arg = args[i];
    if (arg === '--') {
      result.positionals.push(...args.slice(i + 1));
      break;
    }
    let name: string | undefined;
    let inline: string | undefined;
    if (arg.startsWith('--')) {
      const eq = arg.indexOf('=');
      name = eq < 0 ? arg.slice(2) : arg.slice(2, eq);
      inline = eq < 0 ? undefined : arg.slice(eq + 1);
    } else if (/^-[A-Za-z](=|$)/.test(arg)) {
      name = byShort.get(arg[1]);
      if (!name) throw new UsageError(`Tùy chọn không được hỗ trợ: ${arg.slice(0, 2)}.`);
      inline = arg.length > 2 ? arg.slice(3) : undefined;
    } else if (arg.startsWith('-') && arg.length > 1) {
      throw new UsageError(`Tùy chọn không được hỗ trợ: ${arg}.`);
    } else {
      result.positionals.push(arg);
      continue;
    }
    const option = spec[name];
    if (!option) throw new UsageError(`Tùy chọn không được hỗ trợ: --${name}.`);
    if (option.type === 'boolean') {
      if (inline !== undefined) throw new UsageError(`Tùy chọn --${name} không nhận giá trị.`);
      result.flags[name] = true;
      continue;
    }
    const value = inline ?? args[++i];
    if (value === undefined || (inline === undefined && value.startsWith('--'))) {
      throw new UsageError(`Tùy chọn --${name} cần một giá trị.`);
    }
    if (name in result.strings) throw new UsageError(`Tùy chọn --${name} được nhập hai lần.`);
    result.strings[name] = value;
  }
  return result;
}

/** A whole number option, or a Vietnamese refusal naming the option. */
export function integerOption(parsed: ParsedArgs, name: string): number | undefined {
  const text = parsed.strings[name];
  if (text === undefined) return undefined;
  if (!/^\d+$/.test(text.trim())) throw new UsageError(`Tùy chọn --${name} phải là số nguyên, nhận được «${text}».`);
  return Number(text.trim());
}

/** One of the allowed values, or a Vietnamese refusal listing them. */
export function choiceOption<T extends string>(parsed: ParsedArgs, name: string, allowed: readonly T[]): T | undefined {
  const text = parsed.strings[name];
  if (text === undefined) return undefined;
  if (!(allowed as readonly string[]).includes(text)) {
    throw new UsageError(`Tùy chọn --${name} không nhận «${text}»; chọn một trong: ${allowed.join(', ')}.`);
  }
  return text as T;
}
