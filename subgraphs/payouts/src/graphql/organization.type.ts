import { Directive, Field, ID, ObjectType } from 'type-graphql';

/** The organization subgraph owns orgs; payouts adds where they are paid. */
@ObjectType('Organization')
@Directive('@key(fields: "id")')
export class OrganizationRef {
  @Field(() => ID)
  id!: string;
}
