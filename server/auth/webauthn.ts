/**
 * @simplewebauthn/server, loaded on first use: it holds about 28 MB of resident memory, which a
 * server process that has seen no passkey ceremony since it started need not carry.
 */
import 'server-only';

export const loadWebAuthn = () => import('@simplewebauthn/server');
