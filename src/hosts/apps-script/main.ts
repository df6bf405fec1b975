// Bundle entry: everything Apps Script must see as a global function. The build
// (scripts/build.mjs) emits one top-level `function` stub per key of ENTRY_POINTS,
// since Apps Script does not see functions inside esbuild's IIFE.
import { onInstall, onOpen, menuHandlers } from './menu';
import { serverFunctions } from '../../app/server-functions';
import { gasPort } from './port';

export const ENTRY_POINTS: Record<string, (...args: unknown[]) => unknown> = {
  onOpen,
  onInstall,
  ...menuHandlers,
  ...serverFunctions(gasPort),
};
