// Placeholder: the Docs summary is built in issue 5, which replaces this file.
import type { SummaryResult } from '../contract';
import { frAddon } from '../i18n/fr-addon';
import { UserError } from './errors';

export function generateSummaryDoc(): SummaryResult {
  throw new UserError(frAddon.summaryUnavailable);
}
