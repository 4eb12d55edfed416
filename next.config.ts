import type { NextConfig } from 'next';

// Config files run before server/env.ts can be imported; this is the one other place that reads
// the environment, and only to decide whether the app is served over HTTPS.
const overHttps = (process.env.RENRAKU_BASE_URL ?? '').startsWith('https:');

// The Content-Security-Policy carries a fresh nonce per response: proxy.ts sends it.
const securityHeaders = [
  { key: 'X-Content-Type-Options', value: 'nosniff' },
  { key: 'Referrer-Policy', value: 'same-origin' },
  { key: 'Permissions-Policy', value: 'camera=(self), microphone=(), geolocation=(), payment=(), usb=(), interest-cohort=()' },
  { key: 'X-Frame-Options', value: 'DENY' },
  { key: 'Cross-Origin-Opener-Policy', value: 'same-origin' },
  ...(overHttps ? [{ key: 'Strict-Transport-Security', value: 'max-age=63072000; includeSubDomains' }] : []),
];

const nextConfig: NextConfig = {
  reactStrictMode: true,
  poweredByHeader: false,
  serverExternalPackages: ['better-sqlite3', '@node-rs/argon2', 'sharp', 'file-type', 'heic-decode'],
  async headers() {
    return [
      // Files set their own caching and a sandboxing CSP (server/http/file-handlers.ts).
      { source: '/:path*', headers: securityHeaders },
      { source: '/api/:path((?!files/).*)', headers: [{ key: 'Cache-Control', value: 'no-store' }] },
      {
        source: '/sw.js',
        headers: [
          { key: 'Cache-Control', value: 'no-cache' },
          { key: 'Service-Worker-Allowed', value: '/' },
        ],
      },
    ];
  },
};

export default nextConfig;
