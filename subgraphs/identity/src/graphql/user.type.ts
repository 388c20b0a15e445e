import { Directive, Field, ID, ObjectType } from 'type-graphql';

@ObjectType({ description: 'A person with a Guildhall account.' })
@Directive('@key(fields: "id")')
export class User {
  @Field(() => ID)
  id!: string;

  @Field(() => String, { description: 'Visible to the user themselves.' })
  email!: string;

  @Field(() => String)
  name!: string;

  @Field(() => Date)
  createdAt!: Date;

  @Field(() => Boolean, { description: 'A platform administrator (granted outside the graph). Visible to the user themselves, so the dashboard can show the platform console.' })
  platformAdmin!: boolean;
}
