import { HttpError } from 'react-admin';
import { UNREACHABLE_CODE } from '../dataProvider/serverErrors';
import type { Message } from '../i18n/message';

/**
 * Why signing in failed, in the console's language. Wrong credentials and too many attempts get our own
 * words (with the wait, from `retryAfterSeconds`); an internal error keeps the server's text, which holds
 * the request id to quote to support.
 */
export function loginFailureMessage(error: unknown): Message {
  if (!(error instanceof HttpError)) return ['ent.login.errors.unexpected'];
  const body = error.body as { code?: unknown; retryAfterSeconds?: unknown } | undefined;
  switch (body?.code) {
    case 'UNAUTHENTICATED':
      return ['ent.login.errors.badCredentials'];
    case 'TOO_MANY_ATTEMPTS': {
      const seconds = typeof body.retryAfterSeconds === 'number' ? body.retryAfterSeconds : 15 * 60;
      return ['ent.login.errors.tooManyAttempts', { smart_count: Math.max(1, Math.ceil(seconds / 60)) }];
    }
    case UNREACHABLE_CODE:
      return ['ent.login.errors.unreachable'];
    default:
      return [error.message];
  }
}
