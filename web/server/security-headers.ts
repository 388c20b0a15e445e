/**
 * The gateway's hardening headers, for the dashboard's pages (docs/compliance.md). Next.js renders
 * inline bootstrap scripts without nonces on prebuilt pages, hence 'unsafe-inline' for scripts.
 * Everything else is same-origin, except Razorpay Checkout (its script, frames and telemetry), which
 * takes card payments when real Razorpay keys are configured.
 */
export function securityHeaders(options: { hsts: boolean; production: boolean }): Readonly<Record<string, string>> {
  const razorpay = 'https://checkout.razorpay.com';
  const script = `'self' 'unsafe-inline'${options.production ? '' : " 'unsafe-eval'"} ${razorpay}`;
  return {
    'Content-Security-Policy': [
      "default-src 'self'",
      `script-src ${script}`,
      "style-src 'self' 'unsafe-inline'",
      "img-src 'self' data: https:",
      "connect-src 'self' https://lumberjack.razorpay.com",
      `frame-src https://api.razorpay.com ${razorpay}`,
      "base-uri 'none'",
      "form-action 'self'",
      "frame-ancestors 'none'",
      "object-src 'none'",
      'report-uri /csp-report',
    ].join('; '),
    'X-Content-Type-Options': 'nosniff',
    'X-Frame-Options': 'DENY',
    'Referrer-Policy': 'same-origin',
    'Cross-Origin-Opener-Policy': 'same-origin',
    'Cross-Origin-Resource-Policy': 'same-origin',
    'Permissions-Policy': 'camera=(), microphone=(), geolocation=(), payment=(self), usb=()',
    ...(options.hsts ? { 'Strict-Transport-Security': 'max-age=63072000; includeSubDomains' } : {}),
  };
}
