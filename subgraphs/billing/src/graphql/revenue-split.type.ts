import { Field, InputType, Int, ObjectType } from 'type-graphql';

@ObjectType({ description: "How a booking's money divides among the platform, the host org and the expert, in basis points (they sum to 10000)." })
@InputType('RevenueSplitInput')
export class RevenueSplit {
  @Field(() => Int) platformBps!: number;
  @Field(() => Int) hostBps!: number;
  @Field(() => Int) expertBps!: number;
}
