import type { ApiError, CreateTreatyRequest, TreatySummary } from '@pactum/shared';

/** A failed API call, carrying the server's human-readable message. */
export class ApiRequestError extends Error {
  override name = 'ApiRequestError';
  constructor(
    message: string,
    readonly status: number,
    /** The server's error code (`ApiErrorCode`), when it sent one. */
    readonly code?: string,
    /** Values the client's wording of the code names (a delegation, a language…). */
    readonly params?: Record<string, string | number>,
  ) {
    super(message);
  }
}

/** A JSON call to the API; a failure throws an {@link ApiRequestError} with the server's message. */
export async function request<T>(path: string, init?: RequestInit): Promise<T> {
  let response: Response;
  try {
    response = await fetch(path, { ...init, headers: { Accept: 'application/json', ...init?.headers } });
  } catch {
    throw new ApiRequestError('the server cannot be reached', 0);
  }
  const body: unknown = await response.json().catch(() => null);
  if (!response.ok) {
    const error = (body as Partial<ApiError> | null)?.error;
    throw new ApiRequestError(
      error?.message ?? `the server answered ${response.status}`,
      response.status,
      error?.code,
      error?.params,
    );
  }
  return body as T;
}

export async function listTreaties(): Promise<TreatySummary[]> {
  return (await request<{ treaties: TreatySummary[] }>('/api/treaties')).treaties;
}

export function createTreaty(body: CreateTreatyRequest): Promise<TreatySummary> {
  return request<TreatySummary>('/api/treaties', {
    method: 'POST',
    headers: { 'Content-Type': 'application/json' },
    body: JSON.stringify(body),
  });
}
