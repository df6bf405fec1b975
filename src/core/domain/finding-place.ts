// Where a finding is, in one place for the command, the add-on, the sidebar and the summary.
// No runtime import: the sidebar bundle uses it without pulling in the zod schemas of report.ts.
import type { Finding } from './report';

/** "Budget!G4", or the tab alone when the finding has no cell. */
export const findingPlace = (f: Pick<Finding, 'sheet' | 'cell'>): string => (f.cell ? `${f.sheet}!${f.cell}` : f.sheet);
