import type { Principal, RequestOrigin, SessionHandoff } from '@guildhall/kernel';

/** Per-request state at the gateway. */
export interface GatewayContext {
  principal: Principal;
  origin: RequestOrigin;
  requestId: string;
  /** Set when identity started or ended a session during this request; becomes a cookie. */
  sessionHandoff: SessionHandoff | null;
}
