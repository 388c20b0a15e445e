import { selectRows } from '@guildhall/kernel';
import type { IdentityDeps } from './deps.js';
import { samlEndpoints, samlServiceProvider } from './saml-service-provider.js';
import type { SsoConnectionRecord } from './sso-connections.js';
import { isUuid } from '@guildhall/kernel';

const noRequests = { saveAsync: async () => null, getAsync: async () => null, removeAsync: async () => null };

/**
 * Our SP metadata for a SAML connection (entity id, ACS, signed assertions wanted), for the IdP's admin
 * to load. Served for disabled connections too, so the IdP can be set up before sign-in is switched on;
 * null for an unknown or OIDC connection.
 */
export async function samlServiceProviderMetadata(deps: Pick<IdentityDeps, 'em'>, input: { connectionId: string; publicUrl: string }): Promise<string | null> {
  if (!isUuid(input.connectionId)) return null;
  const [connection] = await selectRows<SsoConnectionRecord>(deps.em, `select * from "identity"."sso_connection" where id = ? and kind = 'SAML'`, [input.connectionId]);
  if (!connection) return null;
  return samlServiceProvider(connection, samlEndpoints(input.publicUrl, connection.id), noRequests).generateServiceProviderMetadata(null);
}
