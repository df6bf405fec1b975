// A short digest of what the check reads (the convention as read from the typed tabs),
// so the sidebar can tell that a co-editor changed the workbook since its last check
// without reading and checking it all again: one read, no check, a few characters back.
// The digest is of the read convention rather than of the cells, so a generated formula's
// value (Budget's Total) or a comment row does not count as a change the check would see.
import type { Convention } from '../core/domain/schema';
import type { WorkbookSnapshot } from '../core/workbook/types';
import { readConvention } from './workbook';

/** FNV-1a, 32 bits: enough to tell two versions of one workbook apart; not a security digest. */
function fnv1a(text: string): string {
  let hash = 0x811c9dc5;
  for (let i = 0; i < text.length; i++) {
    hash ^= text.charCodeAt(i);
    hash = Math.imul(hash, 0x01000193) >>> 0;
  }
  return hash.toString(36);
}

export const conventionFingerprint = (convention: Convention): string => `${fnv1a(JSON.stringify(convention))}-${JSON.stringify(convention).length}`;

export const snapshotFingerprint = (snapshot: WorkbookSnapshot): string => conventionFingerprint(readConvention(snapshot).convention);
