import { indicatorProgress } from '../../src/core/domain/indicator-progress';

test('a value is at the target, on the way from the baseline, or behind, in the direction the target sets', () => {
  // Rising: 120 places toward 140.
  expect(indicatorProgress({ baseline: 120, target: 140 }, 140)).toBe('reached');
  expect(indicatorProgress({ baseline: 120, target: 140 }, 150)).toBe('reached');
  expect(indicatorProgress({ baseline: 120, target: 140 }, 126)).toBe('progressing');
  expect(indicatorProgress({ baseline: 120, target: 140 }, 120)).toBe('behind');
  expect(indicatorProgress({ baseline: 120, target: 140 }, 110)).toBe('behind');
  // Falling: a waiting list from 40 down to 10 families.
  expect(indicatorProgress({ baseline: 40, target: 10 }, 8)).toBe('reached');
  expect(indicatorProgress({ baseline: 40, target: 10 }, 25)).toBe('progressing');
  expect(indicatorProgress({ baseline: 40, target: 10 }, 45)).toBe('behind');
  // No target: nothing to measure against; no baseline: taken as rising.
  expect(indicatorProgress({ baseline: 3 }, 5)).toBe('no-target');
  expect(indicatorProgress({ target: 30 }, 31)).toBe('reached');
  expect(indicatorProgress({ target: 30 }, 12)).toBe('behind');
});
