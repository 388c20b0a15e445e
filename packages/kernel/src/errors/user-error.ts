import type { ErrorCode } from './error-codes.js';

/** An expected failure, returned as data in a mutation payload. `field` is the input path. */
export interface UserErrorValue {
  code: ErrorCode;
  field: string[] | null;
  message: string;
}

export const userError = (code: ErrorCode, field: string[] | null, message: string): UserErrorValue => ({ code, field, message });

/** A use case result: the value, or the expected failures that stopped it. */
export type Outcome<T> = { ok: true; value: T } | { ok: false; errors: UserErrorValue[] };
export const succeed = <T>(value: T): Outcome<T> => ({ ok: true, value });
export const fail = <T = never>(...errors: UserErrorValue[]): Outcome<T> => ({ ok: false, errors });

/** Thrown inside a transaction to roll it back while still answering with user errors. */
export class UserErrorsThrown extends Error {
  constructor(readonly errors: UserErrorValue[]) {
    super(errors.map((e) => e.message).join('; '));
  }
}
