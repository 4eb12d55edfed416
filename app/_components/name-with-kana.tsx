/** A person's or a facility's name, its reading in kana after it, smaller (marked Japanese for screen readers). */
export function NameWithKana({ name, kana }: { name: string; kana: string | null }) {
  return (
    <>
      {name}{' '}
      {kana && (
        <span className="hint" lang="ja">
          {kana}
        </span>
      )}
    </>
  );
}
