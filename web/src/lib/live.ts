'use client';
import { createClient, type Client } from 'graphql-ws';
import { useEffect, useRef, useState } from 'react';
import type { TypedDocumentString } from '../gql/graphql';

let client: Client | null = null;
let connected = false;

/** One graphql-ws connection per tab, to the gateway through this origin; the cookie authenticates it. */
function liveClient(): Client {
  client ??= createClient({
    url: `${location.protocol === 'https:' ? 'wss' : 'ws'}://${location.host}/graphql`,
    lazy: true,
    retryAttempts: Infinity,
    shouldRetry: () => true,
    on: {
      connected: () => (connected = true),
      closed: () => (connected = false),
    },
  });
  return client;
}

export type LiveStatus = 'connecting' | 'live' | 'closed';

/** Calls `onData` for each event of a subscription while the component is mounted. */
export function useSubscription<TResult, TVariables>(document: TypedDocumentString<TResult, TVariables>, variables: TVariables, onData: (data: TResult) => void, options: { skip?: boolean } = {}): LiveStatus {
  const [status, setStatus] = useState<LiveStatus>('connecting');
  const handler = useRef(onData);
  handler.current = onData;
  const key = JSON.stringify(variables);
  useEffect(() => {
    if (options.skip) return;
    const live = liveClient();
    setStatus(connected ? 'live' : 'connecting');
    const offConnected = live.on('connected', () => setStatus('live'));
    const offClosed = live.on('closed', () => setStatus('closed'));
    const stop = live.subscribe<TResult>(
      { query: document.toString(), variables: JSON.parse(key) as Record<string, unknown> },
      {
        next: (message) => {
          setStatus('live');
          if (message.data) handler.current(message.data);
        },
        error: () => setStatus('closed'),
        complete: () => setStatus('closed'),
      },
    );
    return () => {
      stop();
      offConnected();
      offClosed();
    };
  }, [document, key, options.skip]);
  return status;
}
