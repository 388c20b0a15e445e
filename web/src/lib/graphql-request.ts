import type { TypedDocumentString } from '../gql/graphql';
import type { ErrorCode } from '../gql/graphql';

/** A refusal the graph answered with: a top-level error, or one of a payload's userErrors. */
export interface Problem {
  code: ErrorCode | 'NETWORK';
  field?: readonly string[] | null;
  message: string;
}

/** Thrown when a request fails as a whole (network, unauthenticated, forbidden, maintenance...). */
export class RequestFailed extends Error {
  constructor(readonly problem: Problem) {
    super(problem.message);
  }
}

interface GraphQLResponse<T> {
  data?: T | null;
  errors?: { message: string; extensions?: { code?: string } }[];
}

/** Sends one operation to the gateway through the dashboard's own origin; the session cookie rides along. */
export async function execute<TResult, TVariables>(document: TypedDocumentString<TResult, TVariables>, variables?: TVariables): Promise<TResult> {
  let response: Response;
  try {
    response = await fetch('/graphql', {
      method: 'POST',
      credentials: 'same-origin',
      headers: { 'content-type': 'application/json', accept: 'application/graphql-response+json, application/json' },
      body: JSON.stringify({ query: document.toString(), variables: variables ?? {} }),
    });
  } catch {
    throw new RequestFailed({ code: 'NETWORK', message: 'The network is unreachable.' });
  }
  let body: GraphQLResponse<TResult>;
  try {
    body = (await response.json()) as GraphQLResponse<TResult>;
  } catch {
    throw new RequestFailed({ code: response.status === 503 ? 'MAINTENANCE' : 'INTERNAL', message: `The server answered ${response.status}.` });
  }
  const first = body.errors?.[0];
  if (first) throw new RequestFailed({ code: (first.extensions?.code as ErrorCode | undefined) ?? 'INTERNAL', message: first.message });
  if (!body.data) throw new RequestFailed({ code: 'INTERNAL', message: 'The server sent no data.' });
  return body.data;
}
