import { GraphQLError } from 'graphql';
import type { TopLevelCode } from './error-codes.js';

const HTTP_STATUS: Partial<Record<TopLevelCode, number>> = { UNAUTHENTICATED: 401, RATE_LIMITED: 429 };

export function topLevelError(code: TopLevelCode, message: string, extensions: Record<string, unknown> = {}) {
  const status = HTTP_STATUS[code];
  return new GraphQLError(message, { extensions: { code, ...extensions, ...(status ? { http: { status } } : {}) } });
}

export const unauthenticated = (message = 'Sign in to continue.') => topLevelError('UNAUTHENTICATED', message);
export const forbidden = (message = 'You are not allowed to do this.') => topLevelError('FORBIDDEN', message);
export const notFound = (what = 'The requested item') => topLevelError('NOT_FOUND', `${what} was not found.`);
export const rateLimited = (retryAfterSeconds: number) =>
  topLevelError('RATE_LIMITED', `Too many attempts. Try again in ${retryAfterSeconds} seconds.`, { retryAfterSeconds });
export const badCursor = (argument: string) => topLevelError('BAD_REQUEST', `The "${argument}" cursor is not valid.`, { argument });
