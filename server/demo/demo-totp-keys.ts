/**
 * The demo administrators' authenticator-app keys (base32, 160 bits). Public on purpose: README
 * lists them so a person can add them to an app, and the tests compute codes from them. Demo
 * databases only. No `server-only` here: the Playwright helpers import these constants.
 */
export const demoTotpKeys: Readonly<Record<string, string>> = {
  'demo-facility-admin': 'RENRAKUDEMOFACILITYADMINTOTPKEY2',
  'demo-region-admin': 'RENRAKUDEMOREGIONADMINTOTPKEY234',
};
