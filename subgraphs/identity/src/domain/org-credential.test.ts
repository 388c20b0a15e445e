import { credentialKindOf, hashCredentialSecret, newCredentialSecret, validateCredentialInput } from './org-credential.js';

describe('org credentials', () => {
  it('makes prefixed secrets and keeps only their hash and a four-character hint', () => {
    const { secret, hash, hint } = newCredentialSecret('API_KEY');
    expect(secret.startsWith('ghk_')).toBe(true);
    expect(secret.length).toBeGreaterThan(60);
    expect(hash).toBe(hashCredentialSecret(secret));
    expect(hash).not.toContain(secret);
    expect(secret.endsWith(hint)).toBe(true);
    expect(credentialKindOf(newCredentialSecret('SCIM_TOKEN').secret)).toBe('SCIM_TOKEN');
    expect(credentialKindOf('ghs_session')).toBeNull();
  });

  it('requires a name, a known scope for API keys, and a bounded expiry', () => {
    expect(validateCredentialInput({ name: 'ERP sync', scopes: ['MEMBERS_READ'] }, 'API_KEY')).toEqual([]);
    expect(validateCredentialInput({ name: ' ', scopes: [] }, 'API_KEY').map((e) => e.field?.join('.'))).toEqual(['input.name', 'input.scopes']);
    expect(validateCredentialInput({ name: 'x', scopes: ['EVERYTHING'] }, 'API_KEY')[0]?.field).toEqual(['input', 'scopes']);
    expect(validateCredentialInput({ name: 'Okta', expiresInDays: 0 }, 'SCIM_TOKEN')[0]?.field).toEqual(['input', 'expiresInDays']);
    expect(validateCredentialInput({ name: 'Okta', expiresInDays: 365 }, 'SCIM_TOKEN')).toEqual([]);
  });
});
