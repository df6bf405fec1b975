// The counts a plan reports, turned into a sentence by summary-text.ts.
import { z } from 'zod';

export const PlanSummary = z.object({
  tabsCreated: z.number().int(),
  axes: z.number().int(), // axis rows added
  actions: z.number().int(), // fiche rows added
  budgetLines: z.number().int(), // budget rows added
  columnsAdded: z.number().int(), // columns added to existing tabs
  cellsFilled: z.number().int(), // empty cells of existing rows completed
  derivedRefreshed: z.number().int(), // existing generated tabs rewritten
});
export type PlanSummary = z.infer<typeof PlanSummary>;
