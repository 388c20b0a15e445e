import { Arg, Ctx, Directive, ID, Query, Resolver } from 'type-graphql';
import { samlServiceProviderMetadata } from '../usecases/saml-metadata.js';
import type { IdentityContext } from './loaders.js';

/** Internal: the gateway serves this at GET /auth/sso/<connection>/metadata. */
@Resolver()
export class SamlMetadataResolver {
  @Query(() => String, { nullable: true, description: 'Internal: our SAML SP metadata XML for a SAML connection; null when there is none.' })
  @Directive('@inaccessible')
  async samlServiceProviderMetadata(
    @Arg('connectionId', () => ID) connectionId: string,
    @Arg('publicUrl', () => String) publicUrl: string,
    @Ctx() ctx: IdentityContext,
  ): Promise<string | null> {
    return samlServiceProviderMetadata(ctx, { connectionId, publicUrl });
  }
}
