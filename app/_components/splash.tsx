/** Shown for the instant before the language is known, and while the session is being read. */
export function Splash() {
  return (
    <div className="splash" aria-busy="true">
      <img src="/icons/icon-192.png" alt="" width={72} height={72} />
      <span className="splash-name">Renraku</span>
    </div>
  );
}
