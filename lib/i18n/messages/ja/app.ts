/** The app's name and what it is, for the manifest, the page title and the sign-in screen. */
export const jaApp = {
  'app.name': 'Renraku 在宅ケア連絡帳',
  'app.shortName': 'Renraku',
  'app.tagline': '在宅医療・介護の支援チームのための連絡帳',
  'app.description': '患者ごとのタイムラインを支援チームだけで共有する、オフラインでも使える電子連絡帳です。',
} as const;
