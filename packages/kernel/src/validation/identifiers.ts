/** One home for small input checks shared by the edge and the subgraphs. */
const UUID = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i;

/** Ids are UUIDs: anything else is "not found" before any SQL sees it. */
export const isUuid = (value: string): boolean => UUID.test(value);

/** Only a path on this site: one leading '/', not '//' or '/\' (which browsers read as another host). */
export function safeReturnTo(value: string | null | undefined): string {
  if (!value || !value.startsWith('/') || value.startsWith('//') || value.startsWith('/\\') || /[\u0000-\u001f]/.test(value)) return '/';
  return value.slice(0, 2048);
}
