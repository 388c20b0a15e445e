/**
 * Webhook bodies are kept (for the sweep and for support), but not everything in them: RazorpayX
 * sends a fund account's full bank account number in its validation events. Before a body is stored,
 * every `account_number` is masked to its last four digits and every UPI `address` under a `vpa` to
 * its first two characters and handle, the way payout accounts show them; names, emails and phone
 * numbers of payees are dropped to "•••".
 */
const PERSONAL = new Set(['registered_name', 'email', 'contact', 'phone']);
export function redactPayload(value: unknown, parentKey: string | null = null): unknown {
  if (Array.isArray(value)) return value.map((item) => redactPayload(item, parentKey));
  if (!value || typeof value !== 'object') return value;
  const out: Record<string, unknown> = {};
  for (const [key, child] of Object.entries(value as Record<string, unknown>)) {
    if (key === 'account_number' && (typeof child === 'string' || typeof child === 'number')) out[key] = `••••${String(child).slice(-4)}`;
    else if (parentKey === 'vpa' && key === 'address' && typeof child === 'string') out[key] = maskVpa(child);
    else if (parentKey === 'vpa' && key === 'username' && typeof child === 'string') out[key] = `${child.slice(0, 2)}••`;
    else if ((PERSONAL.has(key) || (key === 'name' && (parentKey === 'bank_account' || parentKey === 'contact'))) && typeof child === 'string') out[key] = '•••';
    else out[key] = redactPayload(child, key);
  }
  return out;
}

function maskVpa(address: string): string {
  const [user = '', handle = ''] = address.split('@');
  return `${user.slice(0, user.length > 2 ? 2 : 1)}••@${handle}`;
}
