/** Region settings (/admin/region): categories, two-factor policy, device approval, idle timeout. */
export const jaSettings = {
  'settings.title': '地域の設定',
  'settings.lead': '{region}のすべての施設に適用されます。変更は監査ログに記録されます。',
  'settings.portal': '施設登録ポータル',
  'settings.noPortal': 'この地域にはポータルのアドレスがありません。',
  'settings.categories': '記事のカテゴリー',
  'settings.categoriesHint':
    '投稿で選べるカテゴリーと、その並び順です。少なくとも1つは有効にしてください。無効にしても、そのカテゴリーの既存の記事はそのまま表示されます。',
  'settings.categoryEnabled': '{category}を使う',
  'settings.moveUp': '{category}を上へ',
  'settings.moveDown': '{category}を下へ',
  'settings.categoriesEmpty': 'カテゴリーを少なくとも1つ有効にしてください。',
  'settings.twoFactor': '2段階認証',
  'settings.twoFactor.administrators': '管理者のみ必須（施設管理者・地域管理者）',
  'settings.twoFactor.everyone': 'すべての職員に必須',
  'settings.twoFactorHint': '医療情報システムの安全管理に関するガイドラインは、2027年までにすべての利用者への2段階認証を求めています。',
  'settings.deviceApproval': '端末の承認',
  'settings.deviceApprovalRequired': '新しい端末は施設管理者の承認後に患者情報を受け取る',
  'settings.deviceApprovalHint': 'オフにすると、サインインしたどの端末にも患者情報が届きます（デモ向け）。',
  'settings.idleTimeout': '操作がないときの自動サインアウト（分）',
  'settings.idleTimeoutHint':
    '{min}〜{max}分。空欄にするとサーバーの既定値を使います。サーバーの既定値より長くしても、短いほうが適用されます。',
  'settings.idleTimeoutInvalid': '{min}〜{max}の整数を入力するか、空欄にしてください。',
  'settings.lockAfter': '操作がないときに端末のアプリをロックするまで（分）',
  'settings.lockAfterHint': '{min}〜{max}分（既定 {default}分）。解除にはパスワードが必要です。未送信の記録は暗号化されたまま保たれます。',
  'settings.offlineLimit': '端末がオフラインのままパスワードで開ける時間（時間）',
  'settings.offlineLimitHint':
    '{min}〜{max}時間（既定 {default}時間）。過ぎると、オンラインでサインインするまで端末のデータは開けません。未送信の記録は失われません。',
  'settings.rangeInvalid': '{min}〜{max}の整数を入力してください。',
  'settings.save': '設定を保存',
  'settings.saving': '保存中…',
  'settings.saved': '設定を保存しました。',
} as const;
