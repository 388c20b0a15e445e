import { z } from 'zod';

/**
 * Who issues Guildhall's GST invoices (the supplier entity) and how. The defaults are a development
 * supplier in Karnataka; a deployment sets its own.
 */
export const invoicingFields = {
  SUPPLIER_LEGAL_NAME: z.string().min(1).default('Guildhall Marketplace Services Pvt Ltd'),
  SUPPLIER_GSTIN: z.string().regex(/^[0-9]{2}[A-Z0-9]{13}$/).default('29AAGCB7383J1Z4'),
  SUPPLIER_ADDRESS: z.string().min(1).default('12 Residency Road, Bengaluru 560025, Karnataka, India'),
  /** Two letters or digits: invoices are `GH/26-27/000123`, credit notes `GH/CN/26-27/0042`. */
  INVOICE_PREFIX: z.string().regex(/^[A-Z0-9]{1,2}$/).default('GH'),
  /** SAC code and GST rate (basis points) of invoice lines. */
  INVOICE_SAC: z.string().regex(/^[0-9]{6}$/).default('999293'),
  GST_RATE_BPS: z.coerce.number().int().min(0).max(2_800).default(1_800),
  /** Days past the due date before an org's new invoiced checkouts are refused. */
  DUNNING_GRACE_DAYS: z.coerce.number().int().min(0).max(365).default(15),
  /** Where browsers reach the gateway: document download links point there. */
  PUBLIC_URL: z.url().default('http://localhost:4000'),
};

export interface InvoicingSettings {
  supplier: { legalName: string; gstin: string; stateCode: string; address: string; country: 'IN' };
  prefix: string;
  sac: string;
  rateBps: number;
  graceDays: number;
  publicUrl: string;
}

const invoicingConfigSchema = z.object(invoicingFields);
type InvoicingConfig = z.infer<typeof invoicingConfigSchema>;

export function invoicingSettings(config: Partial<InvoicingConfig>): InvoicingSettings {
  const c = invoicingConfigSchema.parse(config); // fills the defaults for partial configs (tests, scripts)
  return {
    supplier: { legalName: c.SUPPLIER_LEGAL_NAME, gstin: c.SUPPLIER_GSTIN, stateCode: c.SUPPLIER_GSTIN.slice(0, 2), address: c.SUPPLIER_ADDRESS, country: 'IN' },
    prefix: c.INVOICE_PREFIX,
    sac: c.INVOICE_SAC,
    rateBps: c.GST_RATE_BPS,
    graceDays: c.DUNNING_GRACE_DAYS,
    publicUrl: c.PUBLIC_URL.replace(/\/$/, ''),
  };
}
