import { clearedSessionCookie, readCookie, SESSION_COOKIE, sessionCookie, sessionTokenOf } from './cookies.js';

const attributes = (cookie: string) => cookie.split(';').slice(1).map((a) => a.trim());

describe('reading cookies', () => {
  it('finds a cookie among several, trimming spaces and decoding its value', () => {
    const header = `theme=dark; gh_session=abc%2Fdef%3D%3D ;  lang=en`;
    expect(readCookie(header, 'gh_session')).toBe('abc/def==');
    expect(readCookie(header, 'theme')).toBe('dark');
    expect(readCookie(header, 'lang')).toBe('en');
  });

  it('keeps "=" inside a value', () => {
    expect(readCookie('token=a=b=c', 'token')).toBe('a=b=c');
  });

  it('matches the whole name, not a prefix or suffix of another cookie', () => {
    expect(readCookie('xgh_session=evil; gh_session_old=stale', 'gh_session')).toBeNull();
    expect(readCookie('xgh_session=evil; gh_session=good', 'gh_session')).toBe('good');
  });

  it('returns null for a missing header, a missing cookie, a part without "=" and an undecodable value', () => {
    expect(readCookie(undefined, 'gh_session')).toBeNull();
    expect(readCookie('', 'gh_session')).toBeNull();
    expect(readCookie('other=1', 'gh_session')).toBeNull();
    expect(readCookie('gh_session', 'gh_session')).toBeNull();
    expect(readCookie('gh_session=%E0%A4%A', 'gh_session')).toBeNull();
  });
});

describe('the session token of a request', () => {
  it('prefers the bearer token over the cookie', () => {
    expect(sessionTokenOf({ authorization: 'Bearer from-header', cookie: `${SESSION_COOKIE}=from-cookie` })).toEqual({ token: 'from-header', via: 'bearer' });
  });

  it('accepts the scheme in any case and trims the token', () => {
    expect(sessionTokenOf({ authorization: 'bearer   tok  ' })).toEqual({ token: 'tok', via: 'bearer' });
    expect(sessionTokenOf({ authorization: 'BEARER tok' })).toEqual({ token: 'tok', via: 'bearer' });
  });

  it('treats an empty bearer token as no token, without falling back to the cookie', () => {
    expect(sessionTokenOf({ authorization: 'Bearer ', cookie: `${SESSION_COOKIE}=from-cookie` })).toEqual({ token: null, via: 'bearer' });
  });

  it('falls back to the session cookie when there is no bearer token', () => {
    expect(sessionTokenOf({ cookie: `a=1; ${SESSION_COOKIE}=from-cookie` })).toEqual({ token: 'from-cookie', via: 'cookie' });
    // another scheme is not a session token
    expect(sessionTokenOf({ authorization: 'Basic dXNlcjpwYXNz', cookie: `${SESSION_COOKIE}=from-cookie` })).toEqual({ token: 'from-cookie', via: 'cookie' });
  });

  it('reports no token when neither is present', () => {
    expect(sessionTokenOf({})).toEqual({ token: null, via: null });
    expect(sessionTokenOf({ cookie: 'other=1' })).toEqual({ token: null, via: null });
  });
});

describe('the session cookie', () => {
  it('is httpOnly, SameSite=Lax, site-wide, and lives until the session expires', () => {
    const cookie = sessionCookie('tok', new Date(Date.now() + 3600_000), false);
    expect(cookie.startsWith(`${SESSION_COOKIE}=tok;`)).toBe(true);
    expect(attributes(cookie)).toEqual(expect.arrayContaining(['Path=/', 'HttpOnly', 'SameSite=Lax']));
    expect(attributes(cookie)).not.toContain('Secure');
    const maxAge = Number(/Max-Age=(\d+)/.exec(cookie)![1]);
    expect([3599, 3600]).toContain(maxAge);
  });

  it('is Secure when served over HTTPS', () => {
    expect(attributes(sessionCookie('tok', new Date(Date.now() + 60_000), true))).toContain('Secure');
    expect(attributes(clearedSessionCookie(true))).toContain('Secure');
  });

  it('encodes the token so it reads back unchanged', () => {
    const token = 'a b;c=d/é';
    const cookie = sessionCookie(token, new Date(Date.now() + 60_000), false);
    expect(cookie.split(';')[0]).not.toMatch(/[ ;]/);
    expect(readCookie(cookie.split(';')[0], SESSION_COOKIE)).toBe(token);
  });

  it('never gets a negative lifetime for an already expired session', () => {
    expect(attributes(sessionCookie('tok', new Date(Date.now() - 60_000), false))).toContain('Max-Age=0');
  });

  it('is cleared with an empty value and a zero lifetime, keeping the same scope', () => {
    const cleared = clearedSessionCookie(false);
    expect(cleared.startsWith(`${SESSION_COOKIE}=;`)).toBe(true);
    expect(attributes(cleared)).toEqual(expect.arrayContaining(['Path=/', 'HttpOnly', 'SameSite=Lax', 'Max-Age=0']));
    expect(attributes(cleared)).not.toContain('Secure');
  });
});
