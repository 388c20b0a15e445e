import type { EntityManager } from '@mikro-orm/postgresql';
import type { Principal, RequestOrigin } from '../auth/principal.js';
import type { EventCause } from '../events/outbox.js';
import type { SubgraphServices } from './subgraph-module.js';

/** What every resolver of a subgraph receives: who asks, one EntityManager fork, per-request loaders. */
export interface SubgraphContext<Loaders = unknown> extends EventCause {
  principal: Principal;
  origin: RequestOrigin;
  em: EntityManager;
  loaders: Loaders;
  requestId: string | null;
  services: SubgraphServices;
  /** Headers for the gateway to read (identity uses it to hand over a new session). */
  setResponseHeader(name: string, value: string): void;
}
