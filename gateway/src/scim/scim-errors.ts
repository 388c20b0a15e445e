/**
 * SCIM errors (RFC 7644 §3.12). Every failure at /scim/v2 answers with this body, never a GraphQL error:
 * Okta and Entra ID read `status` and `scimType` to decide whether to retry or to report the user as failed.
 */
export const SCIM_ERROR_SCHEMA = 'urn:ietf:params:scim:api:messages:2.0:Error';

/** The scimType values RFC 7644 table 9 defines; each goes with a 400 except uniqueness (409) and sensitive (403). */
export type ScimType =
  | 'invalidFilter'
  | 'tooMany'
  | 'uniqueness'
  | 'mutability'
  | 'invalidSyntax'
  | 'invalidPath'
  | 'noTarget'
  | 'invalidValue'
  | 'invalidVers'
  | 'sensitive';

export interface ScimErrorResponse {
  schemas: [typeof SCIM_ERROR_SCHEMA];
  /** A string, not a number: RFC 7644 §3.12 says so, and Entra ID's validator checks it. */
  status: string;
  scimType?: ScimType;
  detail: string;
}

export class ScimError extends Error {
  readonly status: number;
  readonly scimType: ScimType | undefined;

  constructor(status: number, detail: string, scimType?: ScimType) {
    super(detail);
    this.name = 'ScimError';
    this.status = status;
    this.scimType = scimType;
  }

  get detail(): string {
    return this.message;
  }

  toResponse(): ScimErrorResponse {
    const body: ScimErrorResponse = { schemas: [SCIM_ERROR_SCHEMA], status: String(this.status), detail: this.message };
    if (this.scimType) body.scimType = this.scimType;
    return body;
  }

  static invalidFilter(detail: string): ScimError {
    return new ScimError(400, detail, 'invalidFilter');
  }

  static invalidSyntax(detail: string): ScimError {
    return new ScimError(400, detail, 'invalidSyntax');
  }

  static invalidPath(detail: string): ScimError {
    return new ScimError(400, detail, 'invalidPath');
  }

  static invalidValue(detail: string): ScimError {
    return new ScimError(400, detail, 'invalidValue');
  }

  static noTarget(detail: string): ScimError {
    return new ScimError(400, detail, 'noTarget');
  }

  static mutability(detail: string): ScimError {
    return new ScimError(400, detail, 'mutability');
  }

  static uniqueness(detail: string): ScimError {
    return new ScimError(409, detail, 'uniqueness');
  }

  /** A filter or request matching more results than the provider will process (RFC 7644 §3.4.2.4). */
  static tooMany(detail: string): ScimError {
    return new ScimError(400, detail, 'tooMany');
  }

  static notFound(detail: string): ScimError {
    return new ScimError(404, detail);
  }

  /** An erased user: gone for good, so the IdP stops retrying instead of re-creating them on a 404. */
  static gone(detail: string): ScimError {
    return new ScimError(410, detail);
  }

  static unauthorized(detail = 'A valid SCIM bearer token is required.'): ScimError {
    return new ScimError(401, detail);
  }

  static forbidden(detail = 'This SCIM token may not perform this operation.'): ScimError {
    return new ScimError(403, detail);
  }
}

/**
 * The body for any error at the SCIM edge: a ScimError as itself, anything else as a bare 500 whose
 * detail says nothing about the cause (no stack traces or SQL reach a client).
 */
export function toScimErrorResponse(error: unknown): ScimErrorResponse {
  if (error instanceof ScimError) return error.toResponse();
  return new ScimError(500, 'Internal server error.').toResponse();
}
