/**
 * Tells open live streams that sessions or devices changed (a session ended for any reason, a
 * device approved), so each checks its own at once instead of at its next periodic check.
 * Announced inside the changing transaction, so listeners look only after the current task (the
 * transaction, being synchronous, has committed or rolled back by then).
 */
import 'server-only';
import { EventEmitter } from 'node:events';

const globalForEvents = globalThis as unknown as { renrakuSessionEvents?: EventEmitter };
const events = (globalForEvents.renrakuSessionEvents ??= new EventEmitter().setMaxListeners(0));

export function announceSessionsChanged(): void {
  events.emit('changed');
}

export function onSessionsChanged(listener: () => void): () => void {
  const deferred = () => void setImmediate(listener);
  events.on('changed', deferred);
  return () => events.off('changed', deferred);
}
