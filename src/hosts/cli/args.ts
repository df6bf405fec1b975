// Tiny argument parser for the commands: positionals and --flags (with or without a value).
import { UserError } from '../../app/errors';
import { frXlsx } from '../../i18n/fr-workbook';

export function parseArgs(
  args: string[],
  spec: { flags?: string[]; options?: string[] },
): { positional: string[]; flags: Set<string>; options: Map<string, string> } {
  const positional: string[] = [];
  const flags = new Set<string>();
  const options = new Map<string, string>();
  for (let i = 0; i < args.length; i++) {
    const a = args[i];
    if (!a.startsWith('--')) positional.push(a);
    else if (spec.flags?.includes(a)) flags.add(a);
    else if (spec.options?.includes(a)) {
      const value = args[i + 1];
      if (value === undefined || value.startsWith('--')) throw new UserError(frXlsx.optionNeedsValue(a));
      options.set(a, args[++i]);
    } else throw new UserError(frXlsx.unknownOption(a));
  }
  return { positional, flags, options };
}
