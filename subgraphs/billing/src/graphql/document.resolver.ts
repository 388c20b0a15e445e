import { Arg, Ctx, Directive, Field, ObjectType, Query, Resolver } from 'type-graphql';
import { documentLinkKey, verifyDocumentLink } from '../invoices/document-links.js';
import { documentFile } from '../invoices/document-store.js';
import type { BillingContext } from './loaders.js';

@ObjectType({ description: 'Internal: a document file for the gateway to send.' })
@Directive('@inaccessible')
class DocumentFile {
  @Field(() => String) filename!: string;
  @Field(() => String) contentBase64!: string;
}

/**
 * The gateway's `GET /documents/<token>`: the signed link is the credential, checked here where the
 * key is; the gateway only relays. Null for a bad, expired or unknown link (never an error, so the
 * gateway can tell "not found" from "billing is down").
 */
@Resolver()
export class DocumentResolver {
  @Query(() => DocumentFile, { nullable: true, description: 'Internal: the PDF a signed document link names; null when the link is invalid or expired.' })
  @Directive('@inaccessible')
  async documentPdf(@Arg('token', () => String) token: string, @Ctx() ctx: BillingContext): Promise<DocumentFile | null> {
    const ref = verifyDocumentLink(documentLinkKey(ctx.services.secrets), token);
    if (!ref) return null;
    const file = await documentFile(ctx.em, ctx.services, ref);
    return file ? { filename: file.filename, contentBase64: file.pdf.toString('base64') } : null;
  }
}
