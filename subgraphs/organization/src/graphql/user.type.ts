import { Directive, Field, ID, ObjectType } from 'type-graphql';

/** Identity owns users; this subgraph adds the orgs a user belongs to. */
@ObjectType('User')
@Directive('@key(fields: "id")')
export class UserRef {
  @Field(() => ID)
  id!: string;
}
