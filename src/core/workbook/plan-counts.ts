// The counts a plan reports, turned into a sentence by summary-text.ts.
import * as z from 'zod/mini';

export const PlanSummary = z.object({
  tabsCreated: z.int(),
  axes: z.int(), // axis rows added
  actions: z.int(), // fiche rows added
  budgetLines: z.int(), // budget rows added
  columnsAdded: z.int(), // columns added to existing tabs
  cellsFilled: z.int(), // empty cells of existing rows completed
  derivedRefreshed: z.int(), // existing generated tabs rewritten
});
export type PlanSummary = z.infer<typeof PlanSummary>;
