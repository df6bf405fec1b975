// Every write runs under the document lock, so two co-editors cannot regenerate
// the workbook at once. tryLock (not waitLock): the second one gets a clear French
// message immediately and nothing has been written, since the plan is applied only
// once the lock is held.
import { frAddon } from '../i18n/fr-addon';
import { UserError } from './errors';

export interface LockLike {
  tryLock(timeoutInMillis: number): boolean;
  releaseLock(): void;
}

/** How long a second co-editor waits before being told the workbook is busy. */
export const LOCK_WAIT_MS = 5000;

export function withLock<T>(lock: LockLike, fn: () => T): T {
  if (!lock.tryLock(LOCK_WAIT_MS)) throw new UserError(frAddon.busy);
  try {
    return fn();
  } finally {
    lock.releaseLock();
  }
}
