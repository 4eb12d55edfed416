import type { NextConfig } from 'next';

// These are fixed when the app is built (Next keeps them in its routes manifest), so nothing here
// may depend on how the server is configured: the Content-Security-Policy (a fresh nonce per
// response) and Strict-Transport-Security (only over HTTPS) come from proxy.ts.
const securityHeaders = [
  { key: 'X-Content-Type-Options', value: 'nosniff' },
  { key: 'Referrer-Policy', value: 'same-origin' },
  { key: 'Permissions-Policy', value: 'camera=(self), microphone=(), geolocation=(), payment=(), usb=(), interest-cohort=()' },
  { key: 'X-Frame-Options', value: 'DENY' },
  { key: 'Cross-Origin-Opener-Policy', value: 'same-origin' },
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
