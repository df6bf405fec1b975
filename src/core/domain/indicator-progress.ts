// Where an indicator's value of a year stands on the way from its baseline to its target.
import type { Indicator } from './schema';

/**
 * `reached`: at the target or beyond it (in the target's direction); `progressing`: moved from the
 * baseline toward the target; `behind`: at the baseline or moved away; `no-target`: nothing to
 * measure against. Without a baseline, the direction is taken as rising.
 */
export type IndicatorProgress = 'reached' | 'progressing' | 'behind' | 'no-target';

export function indicatorProgress(ind: Pick<Indicator, 'baseline' | 'target'>, value: number): IndicatorProgress {
  const { baseline, target } = ind;
  if (target === undefined) return 'no-target';
  const rising = baseline === undefined ? true : target >= baseline;
  if (rising ? value >= target : value <= target) return 'reached';
  if (baseline === undefined) return 'behind';
  return (rising ? value > baseline : value < baseline) ? 'progressing' : 'behind';
}
