/** A person the device does not know (not in the directory). */
export const jaPerson = {
  'person.unknown': '（不明なユーザー）',
} as const;
