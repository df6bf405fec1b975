import * as fs from 'fs';
import * as path from 'path';
import { Convention } from '../../src/core/domain/schema';

export const EXAMPLES = ['thore-montagne-noire', 'sumene-artense', 'grand-montauban'] as const;

/** Loads a bundled example and validates it against the schema (throws if invalid). */
export function loadExample(name: (typeof EXAMPLES)[number]): Convention {
  const file = path.join(__dirname, '..', '..', 'examples', `${name}.json`);
  return Convention.parse(JSON.parse(fs.readFileSync(file, 'utf8')));
}

/** A deep copy, so tests can edit freely. */
export const clone = <T>(value: T): T => JSON.parse(JSON.stringify(value));
