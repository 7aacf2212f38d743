import type { IncomingMessage } from 'node:http';
import net from 'node:net';

const PRESETS: Record<string, string[]> = {
  loopback: ['127.0.0.0/8', '::1/128'],
  linklocal: ['169.254.0.0/16', 'fe80::/10'],
  uniquelocal: ['10.0.0.0/8', '172.16.0.0/12', '192.168.0.0/16', 'fc00::/7'],
};

/** `::ffff:10.0.0.1` (an IPv4 peer of a dual-stack socket) is `10.0.0.1`. */
export function plainAddress(address: string): string {
  const mapped = /^::ffff:(\d+\.\d+\.\d+\.\d+)$/i.exec(address);
  return mapped ? (mapped[1] as string) : address;
}

/**
 * Which peers are reverse proxies whose `X-Forwarded-For` and
 * `X-Forwarded-Proto` are believed (PACTUM_TRUST_PROXY): nobody by default,
 * so a client cannot pick the address its guesses are counted against.
 * The same rule serves Express (`trust proxy`) and the WebSocket upgrade.
 */
export class ProxyTrust {
  static readonly none = new ProxyTrust(0, null);

  /** `""`/`false`/`0`: none; `2`: the nearest two hops; `loopback,10.0.0.0/8,…`: those addresses. */
  static parse(raw: string | undefined): ProxyTrust {
    const value = raw?.trim() ?? '';
    if (value === '' || value === 'false' || value === '0') return ProxyTrust.none;
    if (/^\d+$/.test(value)) return new ProxyTrust(Number(value), null);
    if (value === 'true') {
      throw new Error(
        'PACTUM_TRUST_PROXY=true would believe the X-Forwarded-For any client sends: give the number of proxies in front of Pactum, or their addresses (e.g. loopback or 10.0.0.0/8)',
      );
    }
    const list = new net.BlockList();
    for (const item of value.split(',').map((part) => part.trim())) {
      for (const entry of PRESETS[item] ?? [item]) {
        const [address = '', prefix] = entry.split('/');
        const family = net.isIP(address);
        const bits = prefix === undefined ? (family === 6 ? 128 : 32) : Number(prefix);
        if (family === 0 || !Number.isInteger(bits) || bits < 0 || bits > (family === 6 ? 128 : 32)) {
          throw new Error(
            `PACTUM_TRUST_PROXY: "${item}" is not an address, a subnet like 10.0.0.0/8, loopback, linklocal or uniquelocal`,
          );
        }
        list.addSubnet(address, bits, family === 6 ? 'ipv6' : 'ipv4');
      }
    }
    return new ProxyTrust(0, list);
  }

  private constructor(
    private readonly hops: number,
    private readonly list: net.BlockList | null,
  ) {}

  /** Whether the peer `hop` steps away (0 = the socket's) is a trusted proxy; Express's `trust proxy` function. */
  trusts = (address: string, hop: number): boolean => {
    if (this.list === null) return hop < this.hops;
    const plain = plainAddress(address);
    const family = net.isIP(plain);
    return family !== 0 && this.list.check(plain, family === 6 ? 'ipv6' : 'ipv4');
  };

  /** The client's address: the nearest one, walking back through `X-Forwarded-For`, that is not a trusted proxy. */
  clientAddress(request: Pick<IncomingMessage, 'headers' | 'socket'>): string {
    const forwarded = headerValue(request.headers['x-forwarded-for'])
      .split(',')
      .map((part) => part.trim())
      .filter((part) => part !== '')
      .reverse();
    const chain = [plainAddress(request.socket.remoteAddress ?? ''), ...forwarded.map(plainAddress)];
    for (let hop = 0; hop < chain.length - 1; hop++) {
      if (!this.trusts(chain[hop] as string, hop)) return chain[hop] as string;
    }
    return chain[chain.length - 1] as string;
  }

  /** Whether the browser reached us over TLS: our own socket, or a trusted proxy saying so. */
  isSecure(request: Pick<IncomingMessage, 'headers' | 'socket'>): boolean {
    if ((request.socket as { encrypted?: boolean }).encrypted) return true;
    if (!this.trusts(request.socket.remoteAddress ?? '', 0)) return false;
    const proto = headerValue(request.headers['x-forwarded-proto']).split(',')[0]?.trim().toLowerCase();
    return proto === 'https';
  }
}

function headerValue(value: string | string[] | undefined): string {
  return Array.isArray(value) ? value.join(',') : (value ?? '');
}
