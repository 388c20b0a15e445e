'use client';
import { can, type Membership } from '@guildhall/roles';
import {
  CreateApiKeyDocument,
  CreateScimTokenDocument,
  RevokeApiKeyDocument,
  RevokeScimTokenDocument,
  RotateApiKeyDocument,
  RotateScimTokenDocument,
  SettingsCredentialsDocument,
} from '../../gql/graphql';
import { useMutation, useQuery, type MutationResult } from '../../lib/use-graphql';
import { DataState } from '../data-state';
import { CopyValue } from './copy-button';
import { CredentialsCard, type CredentialOps } from './credentials-card';
import { ScimGroups } from './scim-groups';
import styles from './settings.module.css';
import { useOrigin } from './use-origin';
import { onlyRolesMay } from './who-may';

/** Unwraps one mutation field, so both kinds of credential share one card. */
const field = <T, K extends keyof T>(result: MutationResult<T>, key: K): MutationResult<T[K]> => ({ data: result.data ? result.data[key] : null, problem: result.problem });

/** Partner API keys, SCIM tokens and SCIM group roles: each part for the roles that may read it. */
export function CredentialsPanel({ organizationId, membership }: { organizationId: string; membership: Membership }) {
  const may = { apiKeys: can(membership, 'apiKeys.read'), scimTokens: can(membership, 'scimTokens.read'), scimGroups: can(membership, 'scimGroups.read') };
  const query = useQuery(SettingsCredentialsDocument, { organizationId, ...may });
  const origin = useOrigin();
  const [createApiKey] = useMutation(CreateApiKeyDocument);
  const [rotateApiKey] = useMutation(RotateApiKeyDocument);
  const [revokeApiKey] = useMutation(RevokeApiKeyDocument);
  const [createScimToken] = useMutation(CreateScimTokenDocument);
  const [rotateScimToken] = useMutation(RotateScimTokenDocument);
  const [revokeScimToken] = useMutation(RevokeScimTokenDocument);
  const apiKeyOps: CredentialOps = {
    create: async ({ name, scopes, expiresInDays }) => field(await createApiKey({ input: { organizationId, name, scopes, expiresInDays } }), 'createApiKey'),
    rotate: async (credentialId) => field(await rotateApiKey({ input: { organizationId, credentialId } }), 'rotateApiKey'),
    revoke: async (credentialId) => field(await revokeApiKey({ input: { organizationId, credentialId } }), 'revokeApiKey'),
  };
  const scimOps: CredentialOps = {
    create: async ({ name, expiresInDays }) => field(await createScimToken({ input: { organizationId, name, expiresInDays } }), 'createScimToken'),
    rotate: async (credentialId) => field(await rotateScimToken({ input: { organizationId, credentialId } }), 'rotateScimToken'),
    revoke: async (credentialId) => field(await revokeScimToken({ input: { organizationId, credentialId } }), 'revokeScimToken'),
  };

  return (
    <DataState loading={query.loading} problem={query.problem} data={query.data} retry={() => void query.refetch()} label="Loading credentials…">
      {({ organization }) => (
        <>
          {organization.apiKeys ? (
            <CredentialsCard
              title="Partner API keys"
              noun="API key"
              description="Read-only access to this organization for your own systems: they send the key as “Authorization: Bearer ghk_…” to the Guildhall API."
              credentials={organization.apiKeys}
              withScopes
              manage={can(membership, 'apiKeys.manage')}
              readOnlyReason={onlyRolesMay('apiKeys.manage', 'create, rotate or revoke API keys')}
              ops={apiKeyOps}
              onChanged={query.refetch}
            />
          ) : null}
          {organization.scimTokens ? (
            <CredentialsCard
              title="SCIM provisioning"
              noun="SCIM token"
              description="Your identity provider creates, updates and deactivates members over SCIM 2.0, for emails of your verified domains."
              credentials={organization.scimTokens}
              withScopes={false}
              manage={can(membership, 'scimTokens.manage')}
              readOnlyReason={onlyRolesMay('scimTokens.manage', 'create, rotate or revoke SCIM tokens')}
              ops={scimOps}
              onChanged={query.refetch}
            >
              {origin ? (
                <div className={styles.record}>
                  <div className={styles.recordRow}>
                    <span>SCIM base URL (give it to your IdP with a token below, as “HTTP header” bearer authentication)</span>
                    <CopyValue label="SCIM base URL" value={`${origin}/scim/v2`} />
                  </div>
                </div>
              ) : null}
            </CredentialsCard>
          ) : null}
          {organization.scimGroups ? <ScimGroups organizationId={organizationId} groups={organization.scimGroups} manage={can(membership, 'scimGroups.manage')} onChanged={query.refetch} /> : null}
        </>
      )}
    </DataState>
  );
}
