/**
 * Seals and opens records' secret parts, remembering the last few thousand of each so that the same
 * record does not go through WebCrypto twice in a row. RxDB does that a lot: it reads every document
 * it writes straight back (the storage's change events carry the stored, sealed form), passes an
 * update's previous version to be sealed again, and writes each pulled document's server state
 * beside the document itself. A sync of 25,000 posts made four cipher calls per post; with this
 * memory it makes one.
 *
 * - A sealed text always opens to the same secret (GCM refuses any other), so the plaintext of a
 *   text sealed or opened here a moment ago is taken from memory.
 * - The same record (collection and id) with the same secret, byte for byte, gets the sealed text it
 *   had a moment ago: a copy of one message, not a second message under the same IV. Two different
 *   records never share a sealed text, so equal contents stay unseen at rest.
 *
 * It holds nothing the open database's documents do not already hold in memory, and is emptied when
 * the database closes (the app closes it when it locks or signs out).
 */
import { decryptText, encryptText } from './cipher';

export type Secret = Record<string, unknown>;

export interface SealingMemory {
  seal(record: string, secret: Secret): Promise<string>;
  open(record: string, sealed: string): Promise<Secret>;
  forget(): void;
}

function boundedMap<V>(limit: number) {
  const map = new Map<string, V>();
  return {
    map,
    remember(key: string, value: V) {
      if (map.size >= limit) {
        const oldest = map.keys().next();
        if (!oldest.done) map.delete(oldest.value);
      }
      map.set(key, value);
    },
  };
}

/** `limit`: entries of each kind kept; a pulled batch (1,000 documents) and its server states fit. */
export function sealingMemory(key: CryptoKey, limit = 3_000): SealingMemory {
  const opened = boundedMap<Secret>(limit); // sealed text → secret
  const sealedAs = boundedMap<string>(limit); // record and secret JSON → sealed text
  const recordKey = (record: string, json: string) => `${record}\u0000${json}`;
  return {
    async seal(record, secret) {
      const json = JSON.stringify(secret);
      const known = sealedAs.map.get(recordKey(record, json));
      if (known !== undefined) return known;
      const sealed = await encryptText(key, json);
      sealedAs.remember(recordKey(record, json), sealed);
      opened.remember(sealed, secret);
      return sealed;
    },
    async open(record, sealed) {
      const known = opened.map.get(sealed);
      if (known) return known;
      const json = await decryptText(key, sealed);
      const secret = JSON.parse(json) as Secret;
      opened.remember(sealed, secret);
      sealedAs.remember(recordKey(record, json), sealed);
      return secret;
    },
    forget() {
      opened.map.clear();
      sealedAs.map.clear();
    },
  };
}
