import type { GraphQLFormattedError } from 'graphql';
import { isErrorCode } from './error-codes.js';

/**
 * Masks what clients must never see outside development: stack traces, SQL, driver messages.
 * Errors with a known code keep their message; anything else becomes INTERNAL.
 * Apollo's own validation and parsing errors are client errors and keep their text.
 */
const PASS_THROUGH = new Set(['GRAPHQL_PARSE_FAILED', 'GRAPHQL_VALIDATION_FAILED', 'BAD_USER_INPUT', 'PERSISTED_QUERY_NOT_FOUND', 'OPERATION_RESOLUTION_FAILURE', 'BAD_REQUEST']);

export function createErrorFormatter(options: { development: boolean; onInternal?: (error: unknown) => void }) {
  return (formatted: GraphQLFormattedError, error: unknown): GraphQLFormattedError => {
    const code = formatted.extensions?.code;
    if (isErrorCode(code) && code !== 'INTERNAL') return withoutStack(formatted);
    if (typeof code === 'string' && PASS_THROUGH.has(code)) return withoutStack(formatted);
    options.onInternal?.(error);
    if (options.development) return formatted;
    return { message: 'Internal server error', path: formatted.path, locations: formatted.locations, extensions: { code: 'INTERNAL' } };
  };
}

/** Stack traces and the internal subgraph names stay inside. */
function withoutStack(formatted: GraphQLFormattedError): GraphQLFormattedError {
  if (!formatted.extensions || !('stacktrace' in formatted.extensions || 'serviceName' in formatted.extensions)) return formatted;
  const { stacktrace: _stack, serviceName: _service, ...extensions } = formatted.extensions;
  return { ...formatted, extensions };
}
