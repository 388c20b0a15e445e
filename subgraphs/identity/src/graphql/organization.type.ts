import { Directive, Field, ID, ObjectType } from 'type-graphql';

/**
 * Organizations belong to the organization subgraph; identity adds what it keeps per org (API keys,
 * SCIM tokens, domain claims, SSO connections). The one Organization stub of this subgraph.
 */
@ObjectType('Organization')
@Directive('@key(fields: "id")')
export class OrganizationRef {
  @Field(() => ID)
  id!: string;
}

/** The reference carries only the id; each field's own rule decides what the caller sees. */
export const resolveOrganizationReference = (reference: { id: string }): OrganizationRef => ({ id: reference.id });
