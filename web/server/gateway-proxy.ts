import { request, type IncomingMessage, type ServerResponse } from 'node:http';
import type { Duplex } from 'node:stream';

/** The gateway paths the browser reaches through the dashboard's origin. */
const EXACT = ['/graphql', '/csp-report'];
const PREFIXES = ['/auth/sso/', '/scim/v2/', '/documents/', '/exports/', '/data-exports/'];

export const isGatewayPath = (pathname: string) => EXACT.includes(pathname) || PREFIXES.some((prefix) => pathname.startsWith(prefix));

// hop-by-hop headers are the connection's own, never forwarded (RFC 9110 §7.6.1)
const HOP_BY_HOP = new Set(['connection', 'keep-alive', 'proxy-connection', 'transfer-encoding', 'te', 'trailer', 'upgrade']);

function forwardedHeaders(req: IncomingMessage): Record<string, string | string[]> {
  const headers: Record<string, string | string[]> = {};
  for (const [name, value] of Object.entries(req.headers)) if (value !== undefined && !HOP_BY_HOP.has(name)) headers[name] = value;
  // the gateway trusts X-Forwarded-For only from loopback: this server runs beside it
  const client = req.socket.remoteAddress ?? '';
  headers['x-forwarded-for'] = req.headers['x-forwarded-for'] ? `${String(req.headers['x-forwarded-for'])}, ${client}` : client;
  headers['x-forwarded-host'] = req.headers.host ?? '';
  headers['x-forwarded-proto'] = 'encrypted' in req.socket && req.socket.encrypted ? 'https' : 'http';
  return headers;
}

/** Streams one HTTP request to the gateway and its answer back, untouched (cookies, redirects, files). */
export function proxyHttp(gatewayOrigin: string, req: IncomingMessage, res: ServerResponse): void {
  const target = new URL(req.url ?? '/', gatewayOrigin);
  const upstream = request(target, { method: req.method, headers: forwardedHeaders(req) }, (answer) => {
    const headers = Object.fromEntries(Object.entries(answer.headers).filter(([name]) => !HOP_BY_HOP.has(name)));
    res.writeHead(answer.statusCode ?? 502, headers as Record<string, string | string[]>);
    answer.pipe(res);
  });
  upstream.on('error', () => {
    if (res.headersSent) return void res.destroy();
    res.writeHead(502, { 'content-type': 'application/json; charset=utf-8', 'cache-control': 'no-store' });
    res.end(JSON.stringify({ errors: [{ message: 'The Guildhall gateway cannot be reached.', extensions: { code: 'SERVICE_UNAVAILABLE' } }] }));
  });
  req.pipe(upstream);
}

/** Hands a WebSocket upgrade (graphql-ws) to the gateway and splices the two sockets. */
export function proxyUpgrade(gatewayOrigin: string, req: IncomingMessage, socket: Duplex, head: Buffer): void {
  const target = new URL(req.url ?? '/', gatewayOrigin);
  const upstream = request(target, { method: req.method, headers: { ...forwardedHeaders(req), connection: 'Upgrade', upgrade: req.headers.upgrade ?? 'websocket' } });
  upstream.on('upgrade', (answer, upstreamSocket, upstreamHead) => {
    const lines = [`HTTP/1.1 ${answer.statusCode} ${answer.statusMessage}`];
    for (let i = 0; i < answer.rawHeaders.length; i += 2) lines.push(`${answer.rawHeaders[i]}: ${answer.rawHeaders[i + 1]}`);
    socket.write(`${lines.join('\r\n')}\r\n\r\n`);
    if (upstreamHead.length) socket.write(upstreamHead);
    if (head.length) upstreamSocket.write(head);
    upstreamSocket.pipe(socket).pipe(upstreamSocket);
    const close = () => {
      socket.destroy();
      upstreamSocket.destroy();
    };
    socket.on('error', close);
    upstreamSocket.on('error', close);
    socket.on('close', close);
    upstreamSocket.on('close', close);
  });
  // refused upgrade (bad origin, not a WebSocket): pass the gateway's answer on
  upstream.on('response', (answer) => {
    socket.end(`HTTP/1.1 ${answer.statusCode} ${answer.statusMessage}\r\nConnection: close\r\n\r\n`);
  });
  upstream.on('error', () => socket.destroy());
  upstream.end();
}
