/** The demo's first-run list on the sign-in page (demo databases only). */
export const jaDemo = {
  'demo.title': 'デモのアカウント',
  'demo.lead': 'これはデモです。誰として使ってみるかを選ぶと、そのままサインインします（パスワードは renraku-demo-1234）。',
  'demo.signInAs': '{name}としてサインイン',
  'demo.adminNote': '管理者は2段階認証があります。デモでは認証アプリのコードを自動で入力します。',
  'demo.who.demo-doctor': '在宅医。全患者の新着を見て、写真を確認し、指示書を出します（PC）。',
  'demo.who.demo-nurse': '訪問看護師。タブレットで訪問先の記録・写真・報告書を書きます。',
  'demo.who.demo-caremanager': 'ケアマネジャー。サービス調整と会議の記録（スマートフォン）。',
  'demo.who.demo-pharmacist': '薬剤師。配薬と服薬状況を共有します。',
  'demo.who.demo-outsider': '別の訪問看護ステーションの看護師。ほかの患者さん1人のチームにだけ入っています。',
  'demo.who.demo-facility-admin': '施設管理者。スタッフのアカウントと端末を管理します。',
  'demo.who.demo-region-admin': '地域（市）の管理者。施設の登録申請を承認し、監査ログを見ます。',
} as const;
