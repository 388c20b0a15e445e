import { COUNTRY_CODES, DEFAULT_COUNTRY, isCountryCode, validateCountry } from './country.js';

const field = ['input', 'country'];

describe('countries', () => {
  it('embeds the 249 assigned ISO 3166-1 alpha-2 codes, sorted and unique', () => {
    expect(COUNTRY_CODES).toHaveLength(249);
    expect(new Set(COUNTRY_CODES).size).toBe(249);
    expect([...COUNTRY_CODES]).toEqual([...COUNTRY_CODES].sort());
  });

  it('defaults to India, which is valid', () => {
    expect(DEFAULT_COUNTRY).toBe('IN');
    expect(validateCountry(DEFAULT_COUNTRY, field)).toEqual([]);
  });

  it('accepts assigned codes, including recent ones', () => {
    for (const code of ['US', 'GB', 'AE', 'SG', 'SS', 'CW', 'SX', 'BQ']) expect(validateCountry(code, field)).toEqual([]);
    expect(isCountryCode('DE')).toBe(true);
  });

  it('asks for a country when it is missing', () => {
    for (const missing of ['', null, undefined]) expect(validateCountry(missing, field)).toEqual([{ code: 'BAD_USER_INPUT', field, message: 'Choose a country.' }]);
  });

  it('refuses lowercase, padded and three-letter codes', () => {
    for (const bad of ['in', ' IN', 'IND', 'I']) {
      expect(validateCountry(bad, field)).toEqual([{ code: 'BAD_USER_INPUT', field, message: 'Use the two-letter uppercase ISO country code, like IN.' }]);
    }
  });

  it('refuses unassigned, withdrawn and user-assigned codes', () => {
    for (const code of ['XX', 'UK', 'AN', 'YU', 'XK', 'EU']) expect(validateCountry(code, field)).toEqual([{ code: 'BAD_USER_INPUT', field, message: `${code} is not an ISO 3166-1 country code.` }]);
  });
});
