/**
 * Seals and opens records' secret parts, remembering what each collection wrote last so that the
 * same record does not go through WebCrypto twice in a row. RxDB does that a lot: it reads every
 * document it writes straight back (the storage's change events carry the stored, sealed form),
 * passes an update's previous version to be sealed again, and writes each pulled document's server
 * state beside the document itself, just after. A sync of 25,000 posts made four cipher calls per
 * post; with this memory it makes one.
 *
 * - A sealed text always opens to the same secret (GCM refuses any other), so the plaintext of a
 *   record sealed here a moment ago is taken from memory when its sealed text comes back.
 * - The same record (collection and id) with the same secret (every field the same value) gets the
 *   sealed text it had a moment ago: a copy of one message, not a second message under the same IV.
 *   Two different records never share a sealed text, so equal contents stay unseen at rest.
 *
 * A collection remembers its last two writes, whatever their size: RxDB's first sync gathers what
 * it pulled while the previous write ran, so one write can hold many thousand documents, and its
 * server states follow in the next write of the replication's own store. The memory holds nothing
 * the open database's documents do not already hold in memory; it is let go a few seconds after a
 * collection's last write, and emptied when the database closes (as the app locks or signs out).
 */
import { decryptText, encryptText } from './cipher';

export type Secret = Record<string, unknown>;

interface Remembered {
  sealed: string;
  secret: Secret;
}

/**
 * The same secret: every field the very same value. RxDB's documents are immutable, and a pulled
 * document's server state is built from the same values as the document (no JSON of either needed).
 */
function sameValues(remembered: Secret, secret: Secret): boolean {
  let fields = 0;
  for (const field in secret) {
    if (remembered[field] !== secret[field]) return false;
    fields += 1;
  }
  return fields === Object.keys(remembered).length;
}

export interface SealingMemory {
  /** A write to `collection` begins: what the one before the last wrote is let go. */
  turn(collection: string): void;
  seal(collection: string, id: string, secret: Secret): Promise<string>;
  open(collection: string, id: string, sealed: string): Promise<Secret>;
  forget(): void;
}

class Writes {
  private current = new Map<string, Remembered>();
  private previous = new Map<string, Remembered>();
  private timer: ReturnType<typeof setTimeout> | undefined;
  constructor(private readonly keepMs: number) {}

  get(id: string): Remembered | undefined {
    return this.current.get(id) ?? this.previous.get(id);
  }

  set(id: string, remembered: Remembered): void {
    this.current.set(id, remembered);
  }

  turn(): void {
    this.previous = this.current;
    this.current = new Map();
    clearTimeout(this.timer);
    this.timer = setTimeout(() => this.forget(), this.keepMs);
  }

  forget(): void {
    clearTimeout(this.timer);
    this.current = new Map();
    this.previous = new Map();
  }
}

/**
 * The most records being opened in WebCrypto at once. The browser runs its cipher calls in the order
 * asked: a read of a whole collection (What's new's count, the search index: 20,000 posts) asked
 * for all its openings at once, and a post written meanwhile had its sealing wait behind every one
 * of them — its push 2 s late (`BENCH_PROPAGATION_IDB=1 npm run bench:propagation`). With a few
 * dozen asked at a time, a sealing waits behind those few.
 */
export const opensAtOnce = 64;

/** `keepMs`: how long after a collection's last write it is remembered. */
export function sealingMemory(key: CryptoKey, keepMs = 10_000): SealingMemory {
  const collections = new Map<string, Writes>();
  let opening = 0;
  /** Those waiting for a place, from `first` on (not `shift()`ed: over 20,000 waiting, each shift moved them all, 263 ms in all). */
  let waiting: Array<() => void> = [];
  let first = 0;
  /** A place among the openings under way: at once, or when one ends (handed over in turn). */
  const place = (): Promise<void> | undefined => {
    if (opening < opensAtOnce) {
      opening += 1;
      return undefined;
    }
    return new Promise((resolve) => waiting.push(resolve));
  };
  const leave = () => {
    const next = waiting[first];
    if (!next) {
      opening -= 1;
      return;
    }
    first += 1;
    if (first === waiting.length) {
      waiting = [];
      first = 0;
    }
    next();
  };
  const of = (collection: string) => {
    let writes = collections.get(collection);
    if (!writes) collections.set(collection, (writes = new Writes(keepMs)));
    return writes;
  };
  return {
    turn(collection) {
      of(collection).turn();
    },
    async seal(collection, id, secret) {
      const writes = of(collection);
      const known = writes.get(id);
      if (known && sameValues(known.secret, secret)) return known.sealed;
      const sealed = await encryptText(key, JSON.stringify(secret));
      writes.set(id, { sealed, secret });
      return sealed;
    },
    async open(collection, id, sealed) {
      const known = of(collection).get(id);
      if (known?.sealed === sealed) return known.secret;
      await place();
      try {
        return JSON.parse(await decryptText(key, sealed)) as Secret;
      } finally {
        leave();
      }
    },
    forget() {
      for (const writes of collections.values()) writes.forget();
      collections.clear();
    },
  };
}
