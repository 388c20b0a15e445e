import type { ContextClaims } from '@guildhall/kernel';
import { SubgraphCallError, type SubgraphClient } from '../auth/subgraph-client.js';
import { ScimError } from './scim-errors.js';
import type { ScimGroupInput, ScimGroupRecord } from './scim-group.js';
import type { ScimUserInput, ScimUserRecord } from './scim-user.js';

/**
 * The SCIM edge's calls into the graph: identity finds or creates the account, organization keeps
 * memberships, groups and seats. Every call carries the SCIM token's principal, so the subgraphs take
 * the org from the token and nothing in a request can name another org.
 */
export interface ScimBridgeOptions {
  client: SubgraphClient;
  identityUrl: string;
  organizationUrl: string;
}

interface UserErrorValue {
  code: string;
  message: string;
}

interface UserRow {
  id: string;
  userName: string;
  email: string;
  externalId: string | null;
  givenName: string | null;
  familyName: string | null;
  displayName: string | null;
  title: string | null;
  status: string;
  createdAt: string;
  updatedAt: string;
  groups: { id: string; displayName: string }[];
}

interface GroupRow {
  id: string;
  displayName: string;
  externalId: string | null;
  createdAt: string;
  updatedAt: string;
  members: { id: string; userName: string }[];
}

const USER = 'id userName email externalId givenName familyName displayName title status createdAt updatedAt groups { id displayName }';
const GROUP = 'id displayName externalId createdAt updatedAt members { id userName }';

const toUserRecord = (row: UserRow): ScimUserRecord => ({
  id: row.id,
  userName: row.userName,
  email: row.email,
  externalId: row.externalId,
  givenName: row.givenName,
  familyName: row.familyName,
  displayName: row.displayName,
  title: row.title,
  active: row.status === 'ACTIVE',
  groups: row.groups.map((g) => ({ value: g.id, display: g.displayName })),
  created: new Date(row.createdAt),
  lastModified: new Date(row.updatedAt),
});
const toGroupRecord = (row: GroupRow): ScimGroupRecord => ({ ...row, createdAt: new Date(row.createdAt), updatedAt: new Date(row.updatedAt) });

/** A refusal from a use case, as the SCIM error an IdP understands. */
function scimErrorOf(errors: UserErrorValue[]): ScimError {
  const [first] = errors;
  const detail = errors.map((e) => e.message).join(' ');
  switch (first?.code) {
    case 'CONFLICT':
      return ScimError.uniqueness(detail);
    case 'LAST_OWNER':
      return ScimError.mutability(detail);
    case 'SEAT_LIMIT_REACHED':
      return new ScimError(403, detail);
    default:
      return ScimError.invalidValue(detail);
  }
}

const userFields = (input: ScimUserInput) => ({
  userName: input.userName,
  email: input.email,
  active: input.active,
  externalId: input.externalId ?? null,
  givenName: input.givenName ?? null,
  familyName: input.familyName ?? null,
  displayName: input.displayName ?? null,
  title: input.title ?? null,
});
const groupFields = (input: ScimGroupInput) => ({ displayName: input.displayName, externalId: input.externalId ?? null, memberIds: input.memberIds });

export function createScimBridge(options: ScimBridgeOptions, claims: ContextClaims) {
  async function call<T>(subgraph: 'identity' | 'organization', query: string, variables: Record<string, unknown> = {}): Promise<T> {
    try {
      return await options.client<T>(subgraph, subgraph === 'identity' ? options.identityUrl : options.organizationUrl, query, variables, claims);
    } catch (error) {
      if (error instanceof SubgraphCallError && error.codes.includes('NOT_FOUND')) throw ScimError.notFound('No such resource in this organization.');
      if (error instanceof SubgraphCallError && error.codes.includes('FORBIDDEN')) throw ScimError.forbidden(error.message.replace(/^\w+ answered \d+: /, ''));
      throw error;
    }
  }
  const must = <T>(payload: { userErrors: UserErrorValue[] } & T): T => {
    if (payload.userErrors.length) throw scimErrorOf(payload.userErrors);
    return payload;
  };

  return {
    async listUsers(exact: { userName?: string; externalId?: string }): Promise<ScimUserRecord[]> {
      const data = await call<{ scimUsers: UserRow[] }>('organization', `query ($userName: String, $externalId: String) { scimUsers(userName: $userName, externalId: $externalId) { ${USER} } }`, exact);
      return data.scimUsers.map(toUserRecord);
    },

    /** The user, or a 404 / 410 (erased) ScimError. */
    async getUser(id: string): Promise<ScimUserRecord> {
      const data = await call<{ scimUser: { gone: boolean; user: UserRow | null } }>('organization', `query ($id: ID!) { scimUser(id: $id) { gone user { ${USER} } } }`, { id });
      if (data.scimUser.gone) throw ScimError.gone('This user was erased under data protection.');
      if (!data.scimUser.user) throw ScimError.notFound(`User ${id} not found.`);
      return toUserRecord(data.scimUser.user);
    },

    async createUser(input: ScimUserInput): Promise<ScimUserRecord> {
      const name = input.displayName ?? ([input.givenName, input.familyName].filter(Boolean).join(' ') || null);
      const account = await call<{ provisionScimAccount: { userId: string | null; userErrors: UserErrorValue[] } }>(
        'identity',
        'mutation ($email: String!, $name: String) { provisionScimAccount(email: $email, name: $name) { userId userErrors { code message } } }',
        { email: input.email, name },
      );
      const { userId } = must(account.provisionScimAccount);
      const data = await call<{ scimCreateUser: { user: UserRow; userErrors: UserErrorValue[] } }>(
        'organization',
        `mutation ($userId: ID!, $input: ScimUserFieldsInput!) { scimCreateUser(userId: $userId, input: $input) { user { ${USER} } userErrors { code message } } }`,
        { userId, input: userFields(input) },
      );
      return toUserRecord(must(data.scimCreateUser).user);
    },

    async replaceUser(id: string, input: ScimUserInput): Promise<ScimUserRecord> {
      const data = await call<{ scimReplaceUser: { user: UserRow; userErrors: UserErrorValue[] } }>(
        'organization',
        `mutation ($id: ID!, $input: ScimUserFieldsInput!) { scimReplaceUser(id: $id, input: $input) { user { ${USER} } userErrors { code message } } }`,
        { id, input: userFields(input) },
      );
      return toUserRecord(must(data.scimReplaceUser).user);
    },

    async deleteUser(id: string): Promise<void> {
      const data = await call<{ scimDeleteUser: { userErrors: UserErrorValue[] } }>('organization', 'mutation ($id: ID!) { scimDeleteUser(id: $id) { id userErrors { code message } } }', { id });
      must(data.scimDeleteUser);
    },

    async listGroups(exact: { displayName?: string; externalId?: string }): Promise<ScimGroupRecord[]> {
      const data = await call<{ scimGroups: GroupRow[] }>('organization', `query ($displayName: String, $externalId: String) { scimGroups(displayName: $displayName, externalId: $externalId) { ${GROUP} } }`, exact);
      return data.scimGroups.map(toGroupRecord);
    },

    async getGroup(id: string): Promise<ScimGroupRecord> {
      const data = await call<{ scimGroup: GroupRow | null }>('organization', `query ($id: ID!) { scimGroup(id: $id) { ${GROUP} } }`, { id });
      if (!data.scimGroup) throw ScimError.notFound(`Group ${id} not found.`);
      return toGroupRecord(data.scimGroup);
    },

    async createGroup(input: ScimGroupInput): Promise<ScimGroupRecord> {
      const data = await call<{ scimCreateGroup: { group: GroupRow; userErrors: UserErrorValue[] } }>(
        'organization',
        `mutation ($input: ScimGroupFieldsInput!) { scimCreateGroup(input: $input) { group { ${GROUP} } userErrors { code message } } }`,
        { input: groupFields(input) },
      );
      return toGroupRecord(must(data.scimCreateGroup).group);
    },

    async replaceGroup(id: string, input: ScimGroupInput): Promise<ScimGroupRecord> {
      const data = await call<{ scimReplaceGroup: { group: GroupRow; userErrors: UserErrorValue[] } }>(
        'organization',
        `mutation ($id: ID!, $input: ScimGroupFieldsInput!) { scimReplaceGroup(id: $id, input: $input) { group { ${GROUP} } userErrors { code message } } }`,
        { id, input: groupFields(input) },
      );
      return toGroupRecord(must(data.scimReplaceGroup).group);
    },

    async deleteGroup(id: string): Promise<void> {
      const data = await call<{ scimDeleteGroup: { userErrors: UserErrorValue[] } }>('organization', 'mutation ($id: ID!) { scimDeleteGroup(id: $id) { id userErrors { code message } } }', { id });
      must(data.scimDeleteGroup);
    },
  };
}
export type ScimBridge = ReturnType<typeof createScimBridge>;
