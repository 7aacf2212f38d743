import http, { type IncomingHttpHeaders } from 'node:http';

export interface RawRequest {
  method?: string;
  /** Headers sent as given, `host` included (fetch would refuse to set it). */
  headers?: Record<string, string>;
  body?: unknown;
  /**
   * The source address: Linux routes all of 127.0.0.0/8 to the loopback
   * interface, so 127.0.0.2 reaches a server bound to 127.0.0.1 as another client.
   */
  localAddress?: string;
}

export interface RawResponse {
  status: number;
  headers: IncomingHttpHeaders;
  // biome-ignore lint/suspicious/noExplicitAny: response bodies are checked by the assertions
  body: any;
}

/** An HTTP call through node:http, for what fetch hides: the source address and the Host header. */
export function rawRequest(url: string, options: RawRequest = {}): Promise<RawResponse> {
  const target = new URL(url);
  const payload = options.body === undefined ? undefined : JSON.stringify(options.body);
  return new Promise((resolve, reject) => {
    const request = http.request(
      {
        hostname: target.hostname,
        port: target.port,
        path: `${target.pathname}${target.search}`,
        method: options.method ?? 'GET',
        localAddress: options.localAddress,
        agent: false,
        headers: {
          ...(payload === undefined ? {} : { 'content-type': 'application/json' }),
          ...options.headers,
        },
      },
      (response) => {
        let text = '';
        response.setEncoding('utf8');
        response.on('data', (chunk) => {
          text += chunk;
        });
        response.on('end', () => {
          let body: unknown = text;
          try {
            body = text ? JSON.parse(text) : null;
          } catch {}
          resolve({ status: response.statusCode ?? 0, headers: response.headers, body });
        });
      },
    );
    request.on('error', reject);
    request.end(payload);
  });
}

/** The `name=value` of the session cookie a response set, for a later `cookie` header. */
export function sessionCookieOf(response: RawResponse): string {
  const cookie = (response.headers['set-cookie'] ?? []).find((line) =>
    /^(__Host-)?pactum_session=[^;]/.test(line),
  );
  if (!cookie) throw new Error(`no session cookie in ${JSON.stringify(response.headers['set-cookie'])}`);
  return cookie.split(';')[0] as string;
}
