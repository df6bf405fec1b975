// Runs the `ctg` command in-process and captures what it prints (typographic spaces made plain).
import { main } from '../../src/hosts/cli/main';
import { plainSpaces } from '../../src/core/domain/money';

export async function runCtg(argv: string[]): Promise<{ code: number; out: string; err: string }> {
  const out: string[] = [];
  const err: string[] = [];
  const log = jest.spyOn(console, 'log').mockImplementation((...a) => void out.push(a.join(' ')));
  const error = jest.spyOn(console, 'error').mockImplementation((...a) => void err.push(a.join(' ')));
  try {
    const code = await main(argv);
    return { code, out: plainSpaces(out.join('\n')), err: plainSpaces(err.join('\n')) };
  } finally {
    log.mockRestore();
    error.mockRestore();
  }
}
