import { userError, type UserErrorValue } from '@guildhall/kernel';

/**
 * Time zones as IANA names, pure. Accepted: what the runtime's Intl.supportedValuesOf('timeZone')
 * lists, plus 'UTC'. ICU (Node 20, V8) lists some zones under CLDR's older ids — Asia/Calcutta, not
 * Asia/Kolkata — so the current IANA names of exactly those zones are accepted too. Abbreviations
 * and offsets (IST, EST, +05:30) are refused even where Intl would take them. Names are exact: no
 * trimming, no case folding.
 */
export const DEFAULT_TIMEZONE = 'Asia/Kolkata';

/** Current IANA names that ICU's list spells with an older alias (Asia/Kolkata → Asia/Calcutta). */
export const IANA_NAMES_ICU_LISTS_BY_ALIAS: readonly string[] = [
  'Africa/Asmara',
  'America/Argentina/Buenos_Aires',
  'America/Argentina/Catamarca',
  'America/Argentina/Cordoba',
  'America/Argentina/Jujuy',
  'America/Argentina/Mendoza',
  'America/Atikokan',
  'America/Indiana/Indianapolis',
  'America/Kentucky/Louisville',
  'America/Nuuk',
  'Asia/Ho_Chi_Minh',
  'Asia/Kathmandu',
  'Asia/Kolkata',
  'Asia/Yangon',
  'Atlantic/Faroe',
  'Europe/Kyiv',
  'Pacific/Chuuk',
  'Pacific/Kanton',
  'Pacific/Pohnpei',
];

const SUPPORTED: ReadonlySet<string> = new Set(['UTC', ...Intl.supportedValuesOf('timeZone')]);
const ALIASED: ReadonlySet<string> = new Set(IANA_NAMES_ICU_LISTS_BY_ALIAS);

/** Whether the runtime knows this zone under some id (an aliased name must still resolve). */
function resolves(tz: string): boolean {
  try {
    return SUPPORTED.has(new Intl.DateTimeFormat('en-US', { timeZone: tz }).resolvedOptions().timeZone);
  } catch {
    return false;
  }
}

export const isTimezone = (tz: unknown): tz is string => typeof tz === 'string' && (SUPPORTED.has(tz) || (ALIASED.has(tz) && resolves(tz)));

export function validateTimezone(tz: string | null | undefined, field: string[]): UserErrorValue[] {
  if (typeof tz !== 'string' || tz === '') return [userError('BAD_USER_INPUT', field, 'Choose a time zone.')];
  return isTimezone(tz)
    ? []
    : [userError('BAD_USER_INPUT', field, `"${tz}" is not an IANA time zone name; use one like ${DEFAULT_TIMEZONE} or UTC.`)];
}
