import type { TreatyJSON, VersionLists } from '@pactum/shared';

/** The REST calls the durability check makes, as the operator. */
export class PactumRest {
  constructor(
    readonly url: string,
    readonly adminToken: string,
  ) {}

  async #call(method: string, path: string, body?: unknown): Promise<{ status: number; body: unknown }> {
    const response = await fetch(`${this.url}/api${path}`, {
      method,
      headers: {
        authorization: `Bearer ${this.adminToken}`,
        ...(body === undefined ? {} : { 'content-type': 'application/json' }),
      },
      ...(body === undefined ? {} : { body: JSON.stringify(body) }),
    });
    return { status: response.status, body: await response.json() };
  }

  async #ok<T>(method: string, path: string, body?: unknown): Promise<T> {
    const { status, body: answer } = await this.#call(method, path, body);
    if (status < 200 || status > 299)
      throw new Error(`${method} ${path} → ${status} ${JSON.stringify(answer)}`);
    return answer as T;
  }

  async firstTreatyId(): Promise<string> {
    const { treaties } = await this.#ok<{ treaties: Array<{ id: string }> }>('GET', '/treaties');
    const [first] = treaties;
    if (!first) throw new Error('the server has no treaty');
    return first.id;
  }

  async createTreaty(title: string): Promise<string> {
    return (await this.#ok<{ id: string }>('POST', '/treaties', { title })).id;
  }

  /** The plain text of each article's body, as the server reads it from its store. */
  async articleTexts(treatyId: string): Promise<string[]> {
    return (await this.#ok<TreatyJSON>('GET', `/treaties/${treatyId}`)).clauses.map((clause) => clause.text);
  }

  /** Names a version; its id once the server answered 201 (it is then stored), otherwise null. */
  async nameVersion(treatyId: string, name: string): Promise<string | null> {
    try {
      const { status, body } = await this.#call('POST', `/treaties/${treatyId}/versions`, { name });
      return status === 201 ? (body as { id: string }).id : null;
    } catch {
      return null;
    }
  }

  async versionIds(treatyId: string): Promise<Set<string>> {
    const lists = await this.#ok<VersionLists>('GET', `/treaties/${treatyId}/versions`);
    return new Set([...lists.named, ...lists.checkpoints].map((version) => version.id));
  }

  async auditIntact(treatyId: string): Promise<boolean> {
    return (await this.#ok<{ ok: boolean }>('GET', `/treaties/${treatyId}/audit/verify`)).ok;
  }
}
