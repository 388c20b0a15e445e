import { gstinCheckCharacter, gstStateCodeOf, normaliseGstin, panOfGstin, validateGstin } from './gstin.js';

const field = ['input', 'gstin'];
const ALPHABET = '0123456789ABCDEFGHIJKLMNOPQRSTUVWXYZ';
// Published examples of real GSTINs; they must pass as they are.
const PUBLISHED = ['27AAPFU0939F1ZV', '29AAGCB7383J1Z4'];
// Made up: a base of state + PAN + entity number + Z, completed with the check character.
const MADE_UP = '27ABCPE1234F1ZB';

const messageOf = (value: string) => validateGstin(value, field)[0]?.message ?? '';

describe('GSTIN', () => {
  it('computes the official check character', () => {
    expect(gstinCheckCharacter('27AAPFU0939F1Z')).toBe('V');
    expect(gstinCheckCharacter('29AAGCB7383J1Z')).toBe('4');
    expect(gstinCheckCharacter('27ABCPE1234F1Z')).toBe('B');
    expect(gstinCheckCharacter('24ABCCE1234F2Z')).toBe('7');
    expect(gstinCheckCharacter('too short')).toBeNull();
    expect(gstinCheckCharacter('27abcpe1234f1z')).toBeNull();
  });

  it('accepts published real GSTINs', () => {
    for (const gstin of PUBLISHED) expect(validateGstin(gstin, field)).toEqual([]);
  });

  it('accepts made-up GSTINs completed with their check character', () => {
    expect(validateGstin(MADE_UP, field)).toEqual([]);
    expect(validateGstin('24ABCCE1234F2Z7', field)).toEqual([]);
    expect(validateGstin('99ABCGE1234F1ZJ', field)).toEqual([]); // Centre Jurisdiction
    expect(validateGstin('38ABCFE1234F1ZT', field)).toEqual([]); // Ladakh
  });

  it('normalises by trimming and uppercasing, and validates the normalised form', () => {
    expect(normaliseGstin('  27aapfu0939f1zv ')).toBe('27AAPFU0939F1ZV');
    expect(normaliseGstin(undefined)).toBe('');
    expect(validateGstin(' 29aagcb7383j1z4 ', field)).toEqual([]);
  });

  it('asks for a GSTIN when it is missing', () => {
    for (const missing of ['', '  ', null, undefined]) {
      expect(validateGstin(missing, field)).toEqual([{ code: 'BAD_USER_INPUT', field, message: 'Enter the GSTIN.' }]);
    }
  });

  it('refuses the wrong length, saying how long it is', () => {
    expect(validateGstin('27AAPFU0939F1Z', field)).toEqual([{ code: 'BAD_USER_INPUT', field, message: 'A GSTIN has 15 characters; this one has 14.' }]);
    expect(messageOf('27AAPFU0939F1ZVV')).toBe('A GSTIN has 15 characters; this one has 16.');
  });

  it('refuses the wrong format at 15 characters', () => {
    for (const bad of [
      '2AAAPFU0939F1ZV', // state code not two digits
      '27AAPF00939F1ZV', // PAN letters
      '27AAPFU093XF1ZV', // PAN digits
      '27AAPFU0939F0ZV', // entity number 0
      '27AAPFU0939F1YV', // 14th must be Z
      '27AAPFU0939F1Z-', // check character
    ]) {
      expect(messageOf(bad)).toMatch(/^A GSTIN is a 2-digit state code/);
    }
  });

  it('refuses an unknown state code', () => {
    const gstin = `42ABCPE1234F1Z${gstinCheckCharacter('42ABCPE1234F1Z')}`;
    expect(validateGstin(gstin, field)).toEqual([
      { code: 'BAD_USER_INPUT', field, message: 'The first two digits of a GSTIN are its state code. 42 is not a GST state code.' },
    ]);
  });

  it('refuses a legacy state code even with a correct check character', () => {
    const gstin = `25ABCPE1234F1Z${gstinCheckCharacter('25ABCPE1234F1Z')}`;
    expect(messageOf(gstin)).toMatch(/state code\. State code 25 is no longer in use/);
  });

  it('refuses an embedded PAN with an unknown holder type', () => {
    const gstin = `27ABCXE1234F1Z${gstinCheckCharacter('27ABCXE1234F1Z')}`;
    expect(messageOf(gstin)).toMatch(/^Characters 3–12 of a GSTIN are the holder's PAN.*holder type/);
  });

  it('refuses a wrong check character', () => {
    expect(validateGstin('27AAPFU0939F1ZW', field)).toEqual([
      { code: 'BAD_USER_INPUT', field, message: 'This GSTIN fails its check character (the last one); look for a mistyped character.' },
    ]);
  });

  it('catches a single flipped character', () => {
    expect(messageOf('27AAPFU0939F1ZV'.replace('0939', '0839'))).toMatch(/check character/);
    expect(messageOf('29AAGCB7383J1Z4'.replace('AAGCB', 'AAGCD'))).toMatch(/check character/);
  });

  it('rejects every single-character substitution of a valid GSTIN, mostly by its check character', () => {
    let tried = 0;
    for (const gstin of [...PUBLISHED, MADE_UP]) {
      for (let i = 0; i < gstin.length; i++) {
        for (const c of ALPHABET) {
          if (c === gstin[i]) continue;
          const flipped = gstin.slice(0, i) + c + gstin.slice(i + 1);
          const errors = validateGstin(flipped, field);
          expect(errors).toHaveLength(1);
          if (errors[0]?.message.includes('check character')) tried++;
        }
      }
    }
    expect(tried).toBeGreaterThan(100);
  });

  it('reads the state code and PAN of a valid GSTIN only', () => {
    expect(gstStateCodeOf('27AAPFU0939F1ZV')).toBe('27');
    expect(gstStateCodeOf(' 29aagcb7383j1z4')).toBe('29');
    expect(gstStateCodeOf('27AAPFU0939F1ZW')).toBeNull();
    expect(gstStateCodeOf(null)).toBeNull();
    expect(panOfGstin('27AAPFU0939F1ZV')).toBe('AAPFU0939F');
    expect(panOfGstin('nonsense')).toBeNull();
  });
});
