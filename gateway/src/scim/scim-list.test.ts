import { ScimError } from './scim-errors.js';
import { DEFAULT_MAX_RESULTS, LIST_RESPONSE_SCHEMA, listResponse, paginate, parseListPage } from './scim-list.js';

const users = Array.from({ length: 250 }, (_, i) => ({ id: `u-${i + 1}` }));

function listError(query: Record<string, string | string[]>): ScimError {
  try {
    parseListPage(query);
  } catch (error) {
    if (error instanceof ScimError) return error;
    throw error;
  }
  throw new Error('expected the query to be refused');
}

describe('reading paging parameters', () => {
  it('defaults to the first page of the maximum size', () => {
    expect(parseListPage({})).toEqual({ startIndex: 1, count: DEFAULT_MAX_RESULTS, offset: 0 });
  });

  it('reads startIndex and count from URLSearchParams as Okta sends them', () => {
    expect(parseListPage(new URLSearchParams('filter=userName%20eq%20%22a%40b.c%22&startIndex=101&count=100'))).toEqual({ startIndex: 101, count: 100, offset: 100 });
  });

  it('reads them from a parsed query object, names case-insensitively', () => {
    expect(parseListPage({ startindex: '3', Count: '1' })).toEqual({ startIndex: 3, count: 1, offset: 2 });
  });

  it('interprets a startIndex below 1 as 1', () => {
    expect(parseListPage({ startIndex: '0' }).startIndex).toBe(1);
    expect(parseListPage({ startIndex: '-5' })).toMatchObject({ startIndex: 1, offset: 0 });
  });

  it('interprets a negative count as 0 and keeps 0, which asks only for totalResults', () => {
    expect(parseListPage({ count: '-1' }).count).toBe(0);
    expect(parseListPage({ count: '0' }).count).toBe(0);
  });

  it('caps count at the maximum, 100 unless configured', () => {
    expect(parseListPage({ count: '1000' }).count).toBe(100);
    expect(parseListPage({ count: '1000' }, 500).count).toBe(500);
    expect(parseListPage({}, 20).count).toBe(20);
  });

  it('takes an empty parameter as unset', () => {
    expect(parseListPage({ startIndex: '', count: '' })).toEqual({ startIndex: 1, count: 100, offset: 0 });
  });

  it('refuses a parameter that is not an integer, with invalidValue', () => {
    for (const value of ['abc', '1.5', '10abc', '1e3', 'NaN', '99999999999999999999']) {
      const error = listError({ count: value });
      expect(error).toMatchObject({ status: 400, scimType: 'invalidValue' });
    }
    expect(listError({ startIndex: 'first' }).detail).toMatch(/'startIndex' must be an integer, not "first"/);
  });

  it('refuses a parameter given twice, with invalidValue', () => {
    expect(listError({ count: ['10', '20'] }).scimType).toBe('invalidValue');
    expect(() => parseListPage(new URLSearchParams('count=1&count=2'))).toThrow(expect.objectContaining({ scimType: 'invalidValue' }));
  });
});

describe('building list responses', () => {
  it('pages a list, with totalResults of the whole and itemsPerPage of the page', () => {
    const response = paginate(users, parseListPage({ startIndex: '101', count: '100' }));
    expect(response).toMatchObject({ schemas: [LIST_RESPONSE_SCHEMA], totalResults: 250, itemsPerPage: 100, startIndex: 101 });
    expect(response.Resources[0]).toEqual({ id: 'u-101' });
    expect(response.Resources.at(-1)).toEqual({ id: 'u-200' });
  });

  it('returns a short last page', () => {
    const response = paginate(users, parseListPage({ startIndex: '201', count: '100' }));
    expect(response.itemsPerPage).toBe(50);
    expect(response.Resources.at(-1)).toEqual({ id: 'u-250' });
  });

  it('returns no resources past the end, still counting the total', () => {
    expect(paginate(users, parseListPage({ startIndex: '500' }))).toEqual({ schemas: [LIST_RESPONSE_SCHEMA], totalResults: 250, itemsPerPage: 0, startIndex: 500, Resources: [] });
  });

  it('answers count=0 with the total and an empty page', () => {
    expect(paginate(users, parseListPage({ count: '0' }))).toEqual({ schemas: [LIST_RESPONSE_SCHEMA], totalResults: 250, itemsPerPage: 0, startIndex: 1, Resources: [] });
  });

  it('answers a filter that matches nothing (Entra ID before a create) with zero results', () => {
    expect(listResponse([], 0)).toEqual({ schemas: [LIST_RESPONSE_SCHEMA], totalResults: 0, itemsPerPage: 0, startIndex: 1, Resources: [] });
  });

  it('wraps a page fetched elsewhere without slicing it again', () => {
    const page = parseListPage({ startIndex: '11', count: '2' });
    expect(listResponse([{ id: 'u-11' }, { id: 'u-12' }], 250, page.startIndex)).toMatchObject({ totalResults: 250, itemsPerPage: 2, startIndex: 11 });
  });
});
