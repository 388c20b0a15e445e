import { DEFAULT_TIMEZONE, IANA_NAMES_ICU_LISTS_BY_ALIAS, isTimezone, validateTimezone } from './timezone.js';

const field = ['input', 'timezone'];

describe('time zones', () => {
  it('defaults to Asia/Kolkata, which is valid', () => {
    expect(DEFAULT_TIMEZONE).toBe('Asia/Kolkata');
    expect(validateTimezone(DEFAULT_TIMEZONE, field)).toEqual([]);
  });

  it('accepts IANA names the runtime lists, and UTC', () => {
    for (const tz of ['Europe/London', 'America/New_York', 'Asia/Singapore', 'Australia/Sydney', 'UTC']) expect(validateTimezone(tz, field)).toEqual([]);
  });

  it('accepts current IANA names that ICU lists under an older alias, and the alias itself', () => {
    for (const tz of IANA_NAMES_ICU_LISTS_BY_ALIAS) expect(isTimezone(tz)).toBe(true);
    expect(validateTimezone('Europe/Kyiv', field)).toEqual([]);
    expect(validateTimezone('Asia/Calcutta', field)).toEqual([]);
  });

  it('asks for a zone when it is missing', () => {
    for (const missing of ['', null, undefined]) {
      expect(validateTimezone(missing, field)).toEqual([{ code: 'BAD_USER_INPUT', field, message: 'Choose a time zone.' }]);
    }
  });

  it('refuses abbreviations and offsets even where Intl would take them', () => {
    for (const tz of ['IST', 'EST', 'GMT', '+05:30', 'UTC+5:30']) {
      expect(validateTimezone(tz, field)).toEqual([{ code: 'BAD_USER_INPUT', field, message: `"${tz}" is not an IANA time zone name; use one like Asia/Kolkata or UTC.` }]);
    }
  });

  it('refuses unknown and miscased names', () => {
    for (const tz of ['Mars/Olympus_Mons', 'asia/kolkata', 'Asia/Kolkata ', 'utc']) expect(validateTimezone(tz, field)).toHaveLength(1);
  });
});
