/**
 * The Content-Security-Policy of the built app: the strictest one under which the map still
 * draws. No `unsafe-eval`, no inline script or style. Workers are same-origin files (MapLibre's
 * and the data worker); GeoJSON reaches MapLibre's worker as `blob:` URLs. `connect-src` admits
 * other http(s) origins only because `?data=` and `roadboard.load()` may name them, and the
 * opt-in online basemap fetches its tiles from one.
 */
export const CONTENT_SECURITY_POLICY = [
  "default-src 'self'",
  "script-src 'self'",
  "worker-src 'self' blob:",
  "connect-src 'self' blob: https: http:",
  "img-src 'self' data: blob: https:",
  "style-src 'self'",
  "font-src 'self'",
  "object-src 'none'",
  "base-uri 'self'",
  "form-action 'none'",
].join('; ');

/** The policy as an HTTP header also forbids framing by other sites (a meta tag cannot). */
export const CONTENT_SECURITY_POLICY_HEADER = `${CONTENT_SECURITY_POLICY}; frame-ancestors 'self'`;
