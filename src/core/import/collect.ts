// The importer's notebook: what it recognised, what it hesitated on, and the
// cross-checks, each with the source line, in reading order.
import { ImportItem, ImportItemKind, ImportFinding } from './result';
import { Severity } from '../domain/report';

export class Notes {
  readonly items: ImportItem[] = [];
  readonly findings: ImportFinding[] = [];

  recognised(kind: ImportItemKind, label: string, line: number, extra: { ref?: string; note?: string } = {}): void {
    this.items.push({ kind, label, line, status: 'recognised', ...clean(extra) });
  }

  uncertain(kind: ImportItemKind, label: string, line: number, note: string, ref?: string): void {
    this.items.push({ kind, label, line, status: 'uncertain', note, ...clean({ ref }) });
  }

  finding(severity: Severity, message: string, line?: number): void {
    this.findings.push({ severity, message, ...(line ? { line } : {}) });
  }
}

function clean<T extends Record<string, unknown>>(o: T): Partial<T> {
  return Object.fromEntries(Object.entries(o).filter(([, v]) => v !== undefined)) as Partial<T>;
}
