import { createSocket } from 'node:dgram';
import type { AddressInfo } from 'node:net';
import dnsPacket from 'dns-packet';

export interface DnsServer {
  port: number;
  /** `127.0.0.1:<port>`, ready for DNS_SERVERS. */
  address: string;
  /** Replaces the TXT records of `name`: each value one record (a string[] is one record in several chunks). */
  setTxt(name: string, values: (string | string[])[]): void;
  /** Answers SERVFAIL for `name` until cleared (a DNS server that is down or broken). */
  setServfail(name: string): void;
  /** Forgets `name`: NXDOMAIN from now on. */
  clear(name: string): void;
  /** Every question received so far, `TYPE name`. */
  queries: string[];
  stop(): Promise<void>;
}

const NOERROR = 0;
const SERVFAIL = 2;
const NXDOMAIN = 3;
const key = (name: string) => name.toLowerCase().replace(/\.$/, '');
/** A character-string holds at most 255 bytes: longer values travel as several chunks. */
const chunks = (value: string): string[] => (value.length <= 255 ? [value] : [value.slice(0, 255), ...chunks(value.slice(255))]);

/**
 * A real, authoritative DNS server on loopback UDP for tests: it answers TXT questions from its map,
 * NOERROR with no answers for other types of a known name, NXDOMAIN for unknown names.
 */
export async function startDnsServer(): Promise<DnsServer> {
  const txt = new Map<string, string[][]>();
  const broken = new Set<string>();
  const queries: string[] = [];
  const socket = createSocket('udp4');
  socket.on('message', (message, remote) => {
    let query: dnsPacket.DecodedPacket;
    try {
      query = dnsPacket.decode(message);
    } catch {
      return; // not DNS: ignore it, as a server would
    }
    const questions = query.questions ?? [];
    let rcode = NOERROR;
    const answers: dnsPacket.Answer[] = [];
    for (const question of questions) {
      queries.push(`${question.type} ${key(question.name)}`);
      const name = key(question.name);
      if (broken.has(name)) rcode = SERVFAIL;
      else if (!txt.has(name)) rcode = rcode || NXDOMAIN;
      else if (question.type === 'TXT') {
        for (const record of txt.get(name)!) answers.push({ type: 'TXT', name: question.name, class: 'IN', ttl: 0, data: record });
      }
    }
    const response = dnsPacket.encode({
      type: 'response',
      id: query.id,
      flags: dnsPacket.AUTHORITATIVE_ANSWER | ((query.flags ?? 0) & dnsPacket.RECURSION_DESIRED) | rcode,
      questions,
      answers,
    });
    socket.send(response, remote.port, remote.address);
  });
  await new Promise<void>((resolve, reject) => {
    socket.once('error', reject);
    socket.bind(0, '127.0.0.1', () => {
      socket.off('error', reject);
      resolve();
    });
  });
  const port = (socket.address() as AddressInfo).port;
  return {
    port,
    address: `127.0.0.1:${port}`,
    setTxt(name, values) {
      broken.delete(key(name));
      txt.set(key(name), values.map((value) => (Array.isArray(value) ? value : chunks(value))));
    },
    setServfail(name) {
      broken.add(key(name));
    },
    clear(name) {
      broken.delete(key(name));
      txt.delete(key(name));
    },
    queries,
    stop: () => new Promise<void>((resolve) => socket.close(() => resolve())),
  };
}
