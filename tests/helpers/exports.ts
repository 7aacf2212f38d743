import type { RunningServer } from './startServer.ts';

/** GETs an export and keeps its bytes and the headers that matter to a download. */
export async function download(
  server: Pick<RunningServer, 'url'>,
  path: string,
  headers: Record<string, string>,
) {
  const response = await fetch(`${server.url}/api${path}`, { headers });
  return {
    status: response.status,
    type: response.headers.get('content-type'),
    disposition: response.headers.get('content-disposition'),
    bytes: new Uint8Array(await response.arrayBuffer()),
  };
}

/** Uploads a file's bytes to `verify-export` and returns the server's verdict. */
export async function verifyExport(
  server: Pick<RunningServer, 'url'>,
  treatyId: string,
  bytes: Uint8Array,
  headers: Record<string, string>,
) {
  const response = await fetch(`${server.url}/api/treaties/${treatyId}/verify-export`, {
    method: 'POST',
    headers: { ...headers, 'content-type': 'application/octet-stream' },
    body: new Blob([new Uint8Array(bytes)]),
  });
  return response.json();
}
