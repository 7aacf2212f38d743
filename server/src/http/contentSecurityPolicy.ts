/**
 * The Content-Security-Policy of every response. Scripts and styles come
 * only from our own files (the Vite build has no inline script, the editor's
 * base styles are in our stylesheet), nothing is evaluated from strings, and
 * the page talks only to its own origin, the collaboration socket included.
 * React and ProseMirror set inline styles through the CSSOM (`element.style`),
 * which CSP does not govern, so no `style-src-attr` exception is needed.
 * `secure`: the page was served over HTTPS, so http subresources get upgraded.
 */
export function contentSecurityPolicy(host: string | undefined, secure: boolean): string {
  const socket = host && /^[A-Za-z0-9.-]+(:\d+)?$|^\[[0-9A-Fa-f:.]+\](:\d+)?$/.test(host) ? host : null;
  const directives: Array<[string, ...string[]]> = [
    ['default-src', "'self'"],
    ['script-src', "'self'"],
    ['script-src-attr', "'none'"],
    ['style-src', "'self'"],
    ['img-src', "'self'", 'data:'],
    ['font-src', "'self'"],
    // 'self' covers ws(s): of the same host in CSP 3; the explicit origin is for browsers before it.
    ['connect-src', "'self'", ...(socket ? [`${secure ? 'wss' : 'ws'}://${socket}`] : [])],
    ['object-src', "'none'"],
    ['base-uri', "'none'"],
    ['form-action', "'self'"],
    ['frame-ancestors', "'none'"],
  ];
  if (secure) directives.push(['upgrade-insecure-requests']);
  return directives.map((directive) => directive.join(' ')).join('; ');
}
