import { createServer, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import { createLogger } from '@guildhall/kernel';
import type { SubgraphClient } from '../auth/subgraph-client.js';
import { createDocumentRoute } from './document-route.js';

/** The edge alone, with billing's answer stubbed: what reaches billing, and what each answer becomes. */
const TOKEN = 'SU5WT0lDRXwxMjM.c2lnbmF0dXJl';
let server: Server;
let base: string;
let answer: () => Promise<unknown>;
const calls: { audience: string; variables: Record<string, unknown> }[] = [];

beforeAll(async () => {
  const client = (async (audience: string, _url: string, _query: string, variables: Record<string, unknown>) => {
    calls.push({ audience, variables });
    return answer();
  }) as SubgraphClient;
  const route = createDocumentRoute({ client, billingUrl: 'http://billing.invalid/graphql', log: createLogger('test', 'silent') });
  server = createServer((req, res) => void route(req, res));
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  base = `http://127.0.0.1:${(server.address() as AddressInfo).port}/documents/`;
});
afterAll(() => new Promise<void>((resolve) => server.close(() => resolve())));
beforeEach(() => (calls.length = 0));

describe('GET /documents/<token>', () => {
  it('relays the token to billing and sends the PDF as an uncached attachment', async () => {
    answer = async () => ({ documentPdf: { filename: 'GH-26-27-000123.pdf', contentBase64: Buffer.from('%PDF-1.3 body').toString('base64') } });
    const response = await fetch(`${base}${TOKEN}?utm_source=email`);
    expect(response.status).toBe(200);
    expect(calls).toEqual([{ audience: 'billing', variables: { token: TOKEN } }]);
    expect(response.headers.get('content-type')).toBe('application/pdf');
    expect(response.headers.get('content-disposition')).toBe('attachment; filename="GH-26-27-000123.pdf"');
    expect(response.headers.get('cache-control')).toBe('private, no-store');
    expect(await response.text()).toBe('%PDF-1.3 body');
  });

  it('is 404 when billing knows no such document, and for malformed tokens without asking billing', async () => {
    answer = async () => ({ documentPdf: null });
    expect((await fetch(`${base}${TOKEN}`)).status).toBe(404);
    expect(calls).toHaveLength(1);
    for (const bad of ['', 'abc', 'a.b.c', 'a%20.b', `${'a'.repeat(300)}.b`]) {
      const response = await fetch(`${base}${bad}`);
      expect(response.status).toBe(404);
      expect(await response.json()).toEqual({ error: 'NOT_FOUND', message: 'This link is invalid or has expired.' });
    }
    expect(calls).toHaveLength(1);
  });

  it('is 503 when billing is down or fails, never 500', async () => {
    answer = async () => {
      throw new TypeError('fetch failed');
    };
    const response = await fetch(`${base}${TOKEN}`);
    expect(response.status).toBe(503);
    expect(await response.json()).toMatchObject({ error: 'UNAVAILABLE' });
  });

  it('keeps a filename from billing out of the header syntax', async () => {
    answer = async () => ({ documentPdf: { filename: 'a"; evil=1\r\nx.pdf', contentBase64: '' } });
    const response = await fetch(`${base}${TOKEN}`);
    expect(response.headers.get('content-disposition')).toBe('attachment; filename="a---evil-1--x.pdf"');
  });
});
