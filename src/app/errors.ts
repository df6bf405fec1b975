// Errors meant for the person: their message is French and shown as is.
// Anything else is an unexpected failure, reported without a stack trace.
import { frAddon } from '../i18n/fr-addon';

export class UserError extends Error {
  constructor(message: string) {
    super(message);
    this.name = 'UserError';
  }
}

/** The message a person sees for any error thrown by a server function. */
export function userMessage(e: unknown): string {
  if (e instanceof UserError) return e.message;
  const detail = e instanceof Error ? e.message : String(e);
  return frAddon.unexpected(detail);
}
