/**
 * The Content-Security-Policy of the built app: everything from the app's own origin only, no inline
 * scripts, no plugins, no framing, no form posts. Injected as a <meta> tag at build and sent as a header by
 * `vite preview`. (`frame-ancestors` only works as a header.)
 */
export const CONTENT_SECURITY_POLICY = [
  "default-src 'self'",
  "script-src 'self'",
  "style-src 'self'",
  "img-src 'self' data: blob:",
  "font-src 'self'",
  "connect-src 'self'",
  "worker-src 'self' blob:",
  "object-src 'none'",
  "base-uri 'none'",
  "form-action 'none'",
].join('; ');

export const CSP_HEADER = `${CONTENT_SECURITY_POLICY}; frame-ancestors 'none'`;
