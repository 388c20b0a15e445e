import { Directive, Field, ID, ObjectType } from 'type-graphql';

/** The organization subgraph owns orgs; billing adds their billing account. */
@ObjectType('Organization')
@Directive('@key(fields: "id")')
export class OrganizationRef {
  @Field(() => ID)
  id!: string;
}
