import { createServer, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import { checkWebhookUrl } from '../domain/webhook-address.js';
import { postWebhook, resolveEndpointHost } from './webhook-transport.js';

const checked = (url: string, allowed: string[] = []) => {
  const check = checkWebhookUrl(url, allowed);
  if (!check.ok) throw new Error(check.message);
  return check;
};

describe('resolving an endpoint host', () => {
  it('refuses a name when any one of its addresses is private (IPv4 or IPv6)', async () => {
    const resolve = async () => [{ address: '93.184.215.14', family: 4 as const }, { address: '::ffff:10.0.0.7', family: 6 as const }];
    expect(await resolveEndpointHost(checked('https://hooks.example.com/x'), resolve)).toEqual({ ok: false, blocked: true, message: expect.stringContaining('hooks.example.com resolves to ::ffff:10.0.0.7, a private address') });
  });

  it('answers the checked public addresses to connect to', async () => {
    const resolve = async () => [{ address: '93.184.215.14', family: 4 as const }, { address: '2606:2800:21f:cb07:6820:80da:af6b:8b2c', family: 6 as const }];
    expect(await resolveEndpointHost(checked('https://hooks.example.com/x'), resolve)).toEqual({ ok: true, addresses: await resolve() });
  });

  it('tells an unresolvable name apart from a blocked one', async () => {
    const resolve = async () => {
      throw Object.assign(new Error('getaddrinfo ENOTFOUND'), { code: 'ENOTFOUND' });
    };
    expect(await resolveEndpointHost(checked('https://nowhere.example/x'), resolve)).toEqual({ ok: false, blocked: false, message: 'nowhere.example could not be resolved.' });
  });

  it('leaves allow-listed development hosts to the system resolver', async () => {
    expect(await resolveEndpointHost(checked('http://localhost:9/x', ['localhost']))).toEqual({ ok: true, addresses: null });
  });
});

describe('posting a webhook', () => {
  let server: Server;
  let base: string;
  const seen: { headers: Record<string, unknown>; body: string }[] = [];
  beforeAll(async () => {
    server = createServer((req, res) => {
      let body = '';
      req.on('data', (c) => (body += c));
      req.on('end', () => {
        seen.push({ headers: req.headers, body });
        if (req.url === '/hang') return; // never answers
        if (req.url === '/busy') {
          res.writeHead(429, { 'retry-after': '7' });
          return res.end();
        }
        res.writeHead(204);
        res.end();
      });
    });
    await new Promise<void>((r) => server.listen(0, '127.0.0.1', r));
    base = `http://127.0.0.1:${(server.address() as AddressInfo).port}`;
  });
  afterAll(async () => {
    server.closeAllConnections();
    await new Promise((r) => server.close(r));
  });
  const post = (path: string, extra: Partial<Parameters<typeof postWebhook>[0]> = {}) =>
    postWebhook({ url: `${base}${path}`, body: '{"id":"e1"}', headers: { 'webhook-id': 'e1' }, timeoutMs: 2000, allowedHosts: ['127.0.0.1'], ...extra });

  it('posts the JSON body with its headers and answers the status', async () => {
    const result = await post('/ok');
    expect(result).toMatchObject({ httpStatus: 204, error: null, blocked: false, retryAfter: null });
    expect(seen.at(-1)).toMatchObject({ body: '{"id":"e1"}', headers: { 'content-type': 'application/json', 'webhook-id': 'e1', 'user-agent': 'Guildhall-Webhooks/1.0' } });
  });

  it('reports Retry-After', async () => {
    expect(await post('/busy')).toMatchObject({ httpStatus: 429, retryAfter: '7', error: 'HTTP 429' });
  });

  it('gives up on a receiver that does not answer in time', async () => {
    const result = await post('/hang', { timeoutMs: 300 });
    expect(result).toMatchObject({ httpStatus: null, blocked: false, error: 'No answer within 300 ms.' });
    expect(result.latencyMs).toBeGreaterThanOrEqual(290);
  });

  it('sends nothing to a host that is not allowed', async () => {
    const before = seen.length;
    expect(await post('/ok', { allowedHosts: [] })).toMatchObject({ httpStatus: null, blocked: true, error: 'A webhook URL must use https.' });
    expect(await postWebhook({ url: `https://localhost:${new URL(base).port}/ok`, body: '{}', headers: {}, timeoutMs: 500, allowedHosts: [] })).toMatchObject({ blocked: true, error: expect.stringContaining('loopback') });
    expect(seen.length).toBe(before);
  });
});
