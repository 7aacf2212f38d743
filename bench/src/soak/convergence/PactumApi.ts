import http from 'node:http';
import type { CreatedInviteJSON } from '@pactum/shared';

export interface ApiAnswer {
  status: number;
  // biome-ignore lint/suspicious/noExplicitAny: callers check what they read
  body: any;
}

/** A member of a treaty's delegation, with the session cookie the invite gave them. */
export interface Member {
  delegation: string;
  memberId: string;
  headers: Record<string, string>;
}

interface RawAnswer {
  status: number;
  headers: http.IncomingHttpHeaders;
  text: string;
}

/**
 * One request on a connection of its own, closed after the answer: no
 * keep-alive socket outlives a call, so the server's open descriptors can
 * be counted at any moment.
 */
function request(
  url: string,
  method: string,
  headers: Record<string, string>,
  body?: string,
): Promise<RawAnswer> {
  return new Promise((resolve, reject) => {
    const outgoing = http.request(url, { method, headers, agent: false }, (response) => {
      let text = '';
      response.setEncoding('utf8');
      response.on('data', (chunk: string) => {
        text += chunk;
      });
      response.on('end', () =>
        resolve({ status: response.statusCode ?? 0, headers: response.headers, text }),
      );
      response.on('error', reject);
    });
    outgoing.on('error', reject);
    outgoing.end(body);
  });
}

/** The server's REST API as the operator (PACTUM_ADMIN_TOKEN) or as a member (their cookie). */
export class PactumApi {
  readonly operator: Record<string, string>;

  constructor(
    readonly baseUrl: string,
    adminToken: string,
  ) {
    this.operator = { authorization: `Bearer ${adminToken}` };
  }

  async call(
    method: string,
    path: string,
    options: { headers?: Record<string, string>; body?: unknown } = {},
  ): Promise<ApiAnswer> {
    const { status, text } = await request(
      `${this.baseUrl}/api${path}`,
      method,
      {
        ...(options.body === undefined ? {} : { 'content-type': 'application/json' }),
        ...(options.headers ?? this.operator),
      },
      options.body === undefined ? undefined : JSON.stringify(options.body),
    );
    return { status, body: text ? JSON.parse(text) : null };
  }

  /** Like `call`, but anything but `expected` is an error naming the call. */
  async expect(
    expected: number,
    method: string,
    path: string,
    options?: { headers?: Record<string, string>; body?: unknown },
  ): Promise<ApiAnswer> {
    const answer = await this.call(method, path, options);
    if (answer.status !== expected)
      throw new Error(`${method} ${path} → ${answer.status} ${JSON.stringify(answer.body)}`);
    return answer;
  }

  /** A new person in `delegation` (a drafter: edits and negotiates), through the chair's invite. */
  async join(treatyId: string, delegation: string, displayName: string): Promise<Member> {
    const invite = (
      await this.expect(201, 'POST', `/treaties/${treatyId}/invites`, {
        body: { delegation, role: 'drafter' },
      })
    ).body as CreatedInviteJSON;
    const response = await request(
      `${this.baseUrl}/api/invites/${invite.token}/accept`,
      'POST',
      { 'content-type': 'application/json' },
      JSON.stringify({ displayName }),
    );
    if (response.status !== 200) throw new Error(`accept invite → ${response.status} ${response.text}`);
    const cookie = (response.headers['set-cookie']?.[0] ?? '').split(';')[0] ?? '';
    const { member } = JSON.parse(response.text) as { member: { id: string } };
    return { delegation, memberId: member.id, headers: { cookie } };
  }
}
