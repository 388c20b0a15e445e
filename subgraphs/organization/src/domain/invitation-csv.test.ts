import { MAX_INVITATION_ROWS, parseInvitationCsv } from './invitation-csv.js';

const rowsOf = (csv: string) => {
  const parsed = parseInvitationCsv(csv);
  if (!parsed.ok) throw new Error(JSON.stringify(parsed.errors));
  return parsed.rows;
};
const codes = (row: { errors: { code: string }[] }) => row.errors.map((e) => e.code);

describe('invitation CSV', () => {
  it('reads email and role under a case-insensitive header, LEARNER by default', () => {
    const rows = rowsOf('Email,ROLE\r\nAda@Example.test,manager\nben@example.test,\n');
    expect(rows).toEqual([
      { row: 2, email: 'ada@example.test', role: 'MANAGER', errors: [] },
      { row: 3, email: 'ben@example.test', role: 'LEARNER', errors: [] },
    ]);
  });

  it('lets the role column be left out and other columns be present', () => {
    expect(rowsOf('name,email\n"Lovelace, Ada",ada@example.test').map((r) => [r.email, r.role])).toEqual([['ada@example.test', 'LEARNER']]);
  });

  it('handles a BOM, quotes, escaped quotes and blank lines, keeping file row numbers', () => {
    const rows = rowsOf('\uFEFFemail,role\n\n"ada@example.test","LEARNER"\n"x""y@example.test",OWNER\n');
    expect(rows.map((r) => [r.row, r.email, codes(r)])).toEqual([
      [3, 'ada@example.test', []],
      [4, 'x"y@example.test', ['BAD_USER_INPUT']],
    ]);
  });

  it('reports a bad email, a bad role, an uninvitable role and a duplicate on their rows', () => {
    const rows = rowsOf('email,role\nada@example.test,LEARNER\nnot-an-email,LEARNER\nben@example.test,WIZARD\ncat@example.test,SUPPORT\nADA@example.test,MANAGER');
    expect(rows.map((r) => [r.row, codes(r)])).toEqual([
      [2, []],
      [3, ['BAD_USER_INPUT']],
      [4, ['BAD_USER_INPUT']],
      [5, ['BAD_USER_INPUT']],
      [6, ['CONFLICT']],
    ]);
    expect(rows[1]!.errors[0]!.field).toEqual(['input', 'csv', '3', 'email']);
    expect(rows[2]!.errors[0]!.field).toEqual(['input', 'csv', '4', 'role']);
    expect(rows[4]!.errors[0]!.message).toMatch(/row 2/);
  });

  it(`takes up to ${MAX_INVITATION_ROWS} rows and refuses more with one error naming the input`, () => {
    const file = (n: number) => ['email', ...Array.from({ length: n }, (_, i) => `u${i}@example.test`)].join('\n');
    expect(rowsOf(file(MAX_INVITATION_ROWS))).toHaveLength(MAX_INVITATION_ROWS);
    const over = parseInvitationCsv(file(MAX_INVITATION_ROWS + 1));
    expect(over).toEqual({ ok: false, errors: [expect.objectContaining({ code: 'BAD_USER_INPUT', field: ['input', 'csv'] })] });
  });

  it('refuses a file without the header, without rows, or with an open quote', () => {
    for (const bad of ['', 'ada@example.test,LEARNER', 'email,role\n', 'email\n"ada@example.test', 'email,email\na@b.c,d@e.f']) {
      expect(parseInvitationCsv(bad)).toEqual({ ok: false, errors: [expect.objectContaining({ code: 'BAD_USER_INPUT', field: ['input', 'csv'] })] });
    }
  });
});
