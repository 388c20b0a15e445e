import type { ScimBridge } from './scim-bridge.js';
import { ScimError } from './scim-errors.js';
import type { Filter } from './scim-filter.js';
import { matches, parseFilter } from './scim-filter.js';
import { parseScimGroup, toScimGroup, type ScimGroupRecord } from './scim-group.js';
import { paginate, parseListPage, type ListResponse } from './scim-list.js';
import { applyPatchRequest } from './scim-patch.js';
import { parseScimUser, toScimUser, type ScimUserRecord } from './scim-user.js';

/**
 * Users and Groups over the bridge. PATCH is applied here to the stored resource and the result is
 * validated like a PUT, so every write goes through one parser and one use case.
 */
export interface ScimResponse {
  status: number;
  body?: unknown;
  location?: string;
}

type Scim = Record<string, unknown>;

/** The top-level `attrName eq "x"` comparisons of a filter's and-chain: the subgraph can narrow by them. */
function exactMatches(filter: Filter | undefined, attributes: string[]): Record<string, string> {
  if (!filter) return {};
  if (filter.op === 'and') return { ...exactMatches(filter.left, attributes), ...exactMatches(filter.right, attributes) };
  if (filter.op === 'eq' && !filter.path.schema && !filter.path.subAttribute && attributes.includes(filter.path.attribute) && typeof filter.value === 'string') {
    return { [filter.path.attribute]: filter.value };
  }
  return {};
}

/** `excludedAttributes=members` (Entra ID asks so for groups): drop what was excluded, never id or schemas. */
function excluded(query: URLSearchParams): Set<string> {
  const names = (query.get('excludedAttributes') ?? '').split(',').map((n) => n.trim().toLowerCase());
  return new Set(names.filter((n) => n && n !== 'id' && n !== 'schemas' && n !== 'meta'));
}
function without<T extends object>(resource: T, drop: Set<string>): T {
  if (!drop.size) return resource;
  return Object.fromEntries(Object.entries(resource).filter(([key]) => !drop.has(key.toLowerCase()))) as T;
}

const filterOf = (query: URLSearchParams) => {
  const text = query.get('filter');
  return text ? parseFilter(text) : undefined;
};

function list<T extends object>(resources: T[], query: URLSearchParams, filter: Filter | undefined): ListResponse<T> {
  const response = paginate(filter ? resources.filter((r) => matches(filter, r)) : resources, parseListPage(query));
  const drop = excluded(query);
  return { ...response, Resources: response.Resources.map((r) => without(r, drop)) };
}

export function createScimResources(bridge: ScimBridge, baseUrl: string) {
  const user = (record: ScimUserRecord) => toScimUser(record, baseUrl);
  const group = (record: ScimGroupRecord) => toScimGroup(record, baseUrl);

  return {
    async listUsers(query: URLSearchParams): Promise<ScimResponse> {
      const filter = filterOf(query);
      parseListPage(query); // bad paging is refused before anything is read
      const records = await bridge.listUsers(exactMatches(filter, ['userName', 'externalId']));
      return { status: 200, body: list(records.map(user), query, filter) };
    },
    async getUser(id: string): Promise<ScimResponse> {
      return { status: 200, body: user(await bridge.getUser(id)) };
    },
    async createUser(body: unknown): Promise<ScimResponse> {
      const created = user(await bridge.createUser(parseScimUser(body)));
      return { status: 201, body: created, location: created.meta.location };
    },
    async replaceUser(id: string, body: unknown): Promise<ScimResponse> {
      const input = parseScimUser(body);
      await bridge.getUser(id); // 404 or 410 before anything else
      return { status: 200, body: user(await bridge.replaceUser(id, input)) };
    },
    async patchUser(id: string, body: unknown): Promise<ScimResponse> {
      const current = user(await bridge.getUser(id));
      const patched = applyPatchRequest(current, body) as Scim;
      if (patched['id'] !== current.id) throw ScimError.mutability('id cannot be changed.');
      return { status: 200, body: user(await bridge.replaceUser(id, parseScimUser(patched))) };
    },
    async deleteUser(id: string): Promise<ScimResponse> {
      await bridge.getUser(id);
      await bridge.deleteUser(id);
      return { status: 204 };
    },

    async listGroups(query: URLSearchParams): Promise<ScimResponse> {
      const filter = filterOf(query);
      parseListPage(query);
      const records = await bridge.listGroups(exactMatches(filter, ['displayName', 'externalId']));
      return { status: 200, body: list(records.map(group), query, filter) };
    },
    async getGroup(id: string, query: URLSearchParams): Promise<ScimResponse> {
      return { status: 200, body: without(group(await bridge.getGroup(id)), excluded(query)) };
    },
    async createGroup(body: unknown): Promise<ScimResponse> {
      const created = group(await bridge.createGroup(parseScimGroup(body)));
      return { status: 201, body: created, location: created.meta.location };
    },
    async replaceGroup(id: string, body: unknown): Promise<ScimResponse> {
      const input = parseScimGroup(body);
      return { status: 200, body: group(await bridge.replaceGroup(id, input)) };
    },
    async patchGroup(id: string, body: unknown): Promise<ScimResponse> {
      const current = group(await bridge.getGroup(id));
      const patched = applyPatchRequest(current, body) as Scim;
      if (patched['id'] !== current.id) throw ScimError.mutability('id cannot be changed.');
      return { status: 200, body: group(await bridge.replaceGroup(id, parseScimGroup(patched))) };
    },
    async deleteGroup(id: string): Promise<ScimResponse> {
      await bridge.deleteGroup(id);
      return { status: 204 };
    },
  };
}
