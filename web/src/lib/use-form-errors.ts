'use client';
import { useCallback, useState } from 'react';
import { errorsByField, messageFor } from './error-messages';
import type { Problem } from './graphql-request';
import type { MutationResult } from './use-graphql';

interface WithUserErrors {
  userErrors: readonly Problem[];
}

/**
 * The errors of one form: each field's under its input, the rest above the form. `take` reads a
 * mutation's result and answers the payload only when it succeeded.
 */
export function useFormErrors() {
  const [fields, setFields] = useState<Record<string, string>>({});
  const [general, setGeneral] = useState<string[]>([]);
  const clear = useCallback(() => {
    setFields({});
    setGeneral([]);
  }, []);
  const take = useCallback(<T, P extends WithUserErrors>(result: MutationResult<T>, payloadOf: (data: T) => P): P | null => {
    if (result.problem) {
      setFields({});
      setGeneral([messageFor(result.problem)]);
      return null;
    }
    const payload = payloadOf(result.data as T);
    const split = errorsByField(payload.userErrors);
    setFields(split.fields);
    setGeneral(split.general);
    return payload.userErrors.length ? null : payload;
  }, []);
  return { fields, general, take, clear, fail: (message: string) => setGeneral([message]) };
}
