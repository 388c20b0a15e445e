import { createClient, type Client } from 'graphql-ws';
import WebSocket from 'ws';

export interface GraphQLResponse<T = Record<string, any>> { // eslint-disable-line @typescript-eslint/no-explicit-any
  status: number;
  headers: Headers;
  data: T | null;
  errors: { message: string; path?: (string | number)[]; extensions?: { code?: string } & Record<string, unknown> }[] | undefined;
}

export interface RequestOptions {
  token?: string | null;
  cookie?: string;
  headers?: Record<string, string>;
}

/** A plain HTTP GraphQL call, as a browser or partner would make it. */
export async function gql<T = Record<string, any>>(url: string, query: string, variables: Record<string, unknown> = {}, options: RequestOptions = {}): Promise<GraphQLResponse<T>> { // eslint-disable-line @typescript-eslint/no-explicit-any
  const response = await fetch(url, {
    method: 'POST',
    headers: {
      'content-type': 'application/json',
      ...(options.token ? { authorization: `Bearer ${options.token}` } : {}),
      ...(options.cookie ? { cookie: options.cookie } : {}),
      ...options.headers,
    },
    body: JSON.stringify({ query, variables }),
  });
  const text = await response.text();
  let body: { data?: T; errors?: GraphQLResponse<T>['errors'] } = {};
  try {
    body = JSON.parse(text);
  } catch {
    body = { errors: [{ message: text }] };
  }
  return { status: response.status, headers: response.headers, data: body.data ?? null, errors: body.errors };
}

/** A graphql-ws client that collects what a subscription delivers. */
export function liveClient(wsUrl: string, options: { token?: string; cookie?: string; origin?: string } = {}): Client {
  const headers: Record<string, string> = {};
  if (options.cookie) headers['cookie'] = options.cookie;
  if (options.origin) headers['origin'] = options.origin;
  class HeaderWebSocket extends WebSocket {
    constructor(address: string, protocols?: string | string[]) {
      super(address, protocols, { headers });
    }
  }
  return createClient({
    url: wsUrl,
    webSocketImpl: HeaderWebSocket,
    connectionParams: options.token ? { authorization: `Bearer ${options.token}` } : {},
    retryAttempts: 0,
    lazy: true,
  });
}

export interface Collected<T> {
  items: T[];
  errors: unknown[];
  completed: boolean;
  next(timeoutMs?: number): Promise<T>;
  dispose(): void;
}

export function collect<T = any>(client: Client, query: string, variables: Record<string, unknown> = {}): Collected<T> { // eslint-disable-line @typescript-eslint/no-explicit-any
  const state: Collected<T> = {
    items: [],
    errors: [],
    completed: false,
    next: (timeoutMs = 10_000) => waitUntil(() => state.items[seen] !== undefined, timeoutMs, 'a subscription event').then(() => state.items[seen++]!),
    dispose: () => dispose(),
  };
  let seen = 0;
  const dispose = client.subscribe<T>(
    { query, variables },
    {
      next: (value) => void state.items.push(value as T),
      error: (error) => void state.errors.push(error),
      complete: () => void (state.completed = true),
    },
  );
  return state;
}

/** Polls until `check` holds; assertions about eventual effects (relay, consumers) use it. */
export async function waitUntil(check: () => boolean | Promise<boolean>, timeoutMs = 10_000, what = 'the condition'): Promise<void> {
  const deadline = Date.now() + timeoutMs;
  for (;;) {
    if (await check()) return;
    if (Date.now() > deadline) throw new Error(`Timed out waiting for ${what}`);
    await new Promise((r) => setTimeout(r, 25));
  }
}
