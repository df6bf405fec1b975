// Shared inputs of the summary tests: the seed 001 example and a fixed date.
import { loadExample, clone } from '../helpers/examples';
import { checkAsGenerated } from '../../src/core/workbook/refresh';
import { Convention } from '../../src/core/domain/schema';
import { Block, SummaryDocument, Table } from '../../src/core/summary/model';
import { runsText } from '../../src/core/summary/blocks';
import { plainSpaces } from '../../src/core/domain/money';

/** 21/11/2026 23:30 UTC is already 22/11/2026 in Paris. */
export const GENERATED_AT = new Date('2026-11-21T23:30:00Z');
export const SHEET_URL = 'https://docs.google.com/spreadsheets/d/1AbC/edit';

export function thore(edit?: (c: Convention) => void) {
  const convention = clone(loadExample('thore-montagne-noire'));
  edit?.(convention);
  return { convention, report: checkAsGenerated(convention) };
}

export const tables = (doc: SummaryDocument) => doc.blocks.filter((b): b is Table => b.kind === 'table');
export const headings = (doc: SummaryDocument, level?: number) =>
  doc.blocks.filter((b): b is Extract<Block, { kind: 'heading' }> => b.kind === 'heading' && (level === undefined || b.level === level)).map((b) => b.text);

/** Every piece of text of the document, one entry per paragraph, bullet or table cell, with plain spaces. */
export function allText(doc: SummaryDocument): string[] {
  const out: string[] = [];
  for (const b of doc.blocks) {
    if (b.kind === 'title' || b.kind === 'subtitle' || b.kind === 'heading') out.push(b.text);
    else if (b.kind === 'paragraph') out.push(runsText(b.runs));
    else if (b.kind === 'bullets') out.push(...b.items.map(runsText));
    else if (b.kind === 'table') out.push(...[b.header, ...b.rows, ...b.totals].flat());
  }
  return out.map(plainSpaces);
}

/** The table whose header starts with the given cells. */
export function tableWithHeader(doc: SummaryDocument, first: string): Table[] {
  return tables(doc).filter((t) => t.header[0] === first);
}

/** Seed 001 stretched to six years (the longest period a CTG may have), CAF lines repeated every year. */
export function sixYears(c: Convention): void {
  const years = [2022, 2023, 2024, 2025, 2026, 2027];
  c.period = { startYear: 2022, endYear: 2027 };
  c.envelopes = years.map((year) => ({ year, amountCents: 24180100 }));
  delete c.envelopeTotalCents;
  for (const l of c.budget) for (const y of years) l.amounts[String(y)] = l.amounts['2023'];
}
