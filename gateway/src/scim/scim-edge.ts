import type { IncomingMessage, ServerResponse } from 'node:http';
import { clientAddress, type Logger } from '@guildhall/kernel';
import type { Authenticator } from '../auth/authenticator.js';
import { createRateLimiter } from '../auth/rate-limiter.js';
import type { SubgraphClient } from '../auth/subgraph-client.js';
import { createScimBridge } from './scim-bridge.js';
import { getResourceType, getSchemaDefinition, listResourceTypes, listSchemaDefinitions, serviceProviderConfig } from './scim-discovery.js';
import { ScimError, toScimErrorResponse } from './scim-errors.js';
import { createScimResources, type ScimResponse } from './scim-resources.js';

export interface ScimEdgeOptions {
  authenticator: Authenticator;
  client: SubgraphClient;
  identityUrl: string;
  organizationUrl: string;
  /** Where IdPs reach the gateway; resource locations are absolute URLs under `${publicUrl}/scim/v2`. */
  publicUrl: string;
  ratePerMinute: number;
  log: Logger;
}

const BODY_LIMIT_BYTES = 1_048_576;

function send(res: ServerResponse, response: ScimResponse) {
  res.statusCode = response.status;
  res.setHeader('cache-control', 'no-store');
  if (response.location) res.setHeader('location', response.location);
  if (response.body === undefined) return res.end();
  res.setHeader('content-type', 'application/scim+json; charset=utf-8');
  res.end(JSON.stringify(response.body));
}

async function readBody(req: IncomingMessage): Promise<unknown> {
  if (!/^application\/(scim\+)?json\b/i.test(req.headers['content-type'] ?? '')) {
    req.resume();
    throw ScimError.invalidSyntax('Send the body as application/scim+json (or application/json).');
  }
  if (Number(req.headers['content-length'] ?? 0) > BODY_LIMIT_BYTES) throw new ScimError(413, 'The request body is too large.');
  const chunks: Buffer[] = [];
  let size = 0;
  for await (const chunk of req as AsyncIterable<Buffer>) {
    size += chunk.length;
    if (size > BODY_LIMIT_BYTES) throw new ScimError(413, 'The request body is too large.');
    chunks.push(chunk);
  }
  try {
    return JSON.parse(Buffer.concat(chunks).toString('utf8'));
  } catch {
    throw ScimError.invalidSyntax('The request body is not valid JSON.');
  }
}

const bearerOf = (req: IncomingMessage) => {
  const header = req.headers.authorization ?? '';
  return header.toLowerCase().startsWith('bearer ') ? header.slice(7).trim() : null;
};

/**
 * `/scim/v2/*`, RFC 7644 over the graph: a live SCIM token names the org, each token gets
 * `ratePerMinute` requests a minute, and every failure is a SCIM error body (never a stack or SQL).
 */
export function createScimEdge(options: ScimEdgeOptions) {
  const limiter = createRateLimiter(options.ratePerMinute);
  const base = `${options.publicUrl.replace(/\/$/, '')}/scim/v2`;

  async function handle(req: IncomingMessage, res: ServerResponse): Promise<ScimResponse> {
    const principal = await options.authenticator.scimPrincipalFor(bearerOf(req));
    if (!principal) throw ScimError.unauthorized();
    const wait = limiter.take(principal.credentialId);
    if (wait > 0) {
      res.setHeader('retry-after', String(wait));
      throw new ScimError(429, `Too many requests; retry in ${wait} s.`);
    }
    const url = new URL(req.url ?? '/', 'http://gateway.invalid');
    const [resource, id, ...rest] = url.pathname.replace(/^\/scim\/v2\/?/, '').split('/').filter(Boolean).map(decodeURIComponent);
    const method = req.method ?? 'GET';
    const query = url.searchParams;
    if (rest.length) throw ScimError.notFound('No such endpoint.');

    if (method === 'GET' && resource === 'ServiceProviderConfig' && !id) return { status: 200, body: serviceProviderConfig(base) };
    if (method === 'GET' && resource === 'ResourceTypes') return { status: 200, body: id ? getResourceType(base, id) : listResourceTypes(base) };
    if (method === 'GET' && resource === 'Schemas') return { status: 200, body: id ? getSchemaDefinition(base, id) : listSchemaDefinitions(base) };

    const resources = createScimResources(
      createScimBridge(options, { principal, origin: { ip: clientAddress(req), userAgent: req.headers['user-agent']?.slice(0, 512) ?? null } }),
      base,
    );
    const body = method === 'POST' || method === 'PUT' || method === 'PATCH' ? await readBody(req) : undefined;
    if (resource === 'Users') {
      if (!id && method === 'GET') return resources.listUsers(query);
      if (!id && method === 'POST') return resources.createUser(body);
      if (id && method === 'GET') return resources.getUser(id);
      if (id && method === 'PUT') return resources.replaceUser(id, body);
      if (id && method === 'PATCH') return resources.patchUser(id, body);
      if (id && method === 'DELETE') return resources.deleteUser(id);
    } else if (resource === 'Groups') {
      if (!id && method === 'GET') return resources.listGroups(query);
      if (!id && method === 'POST') return resources.createGroup(body);
      if (id && method === 'GET') return resources.getGroup(id, query);
      if (id && method === 'PUT') return resources.replaceGroup(id, body);
      if (id && method === 'PATCH') return resources.patchGroup(id, body);
      if (id && method === 'DELETE') return resources.deleteGroup(id);
    } else {
      throw ScimError.notFound('No such endpoint.');
    }
    res.setHeader('allow', id ? 'GET, PUT, PATCH, DELETE' : 'GET, POST');
    throw new ScimError(405, `${method} is not supported here.`);
  }

  return async (req: IncomingMessage, res: ServerResponse): Promise<void> => {
    try {
      send(res, await handle(req, res));
    } catch (error) {
      if (!(error instanceof ScimError)) options.log.error('scim request failed', { error });
      const body = toScimErrorResponse(error);
      send(res, { status: Number(body.status), body });
    }
  };
}
