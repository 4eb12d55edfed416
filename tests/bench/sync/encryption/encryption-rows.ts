/** The table's rows for encryption at rest against the same run's plain storage, with the limits. */
import { median, ms, percentile, type Row } from '../report';
import type { StorageKind, TimelineOpenRun } from './harness-api';
import type { EncryptionFigures } from './measure-encryption';

/** Encryption may add at most this share to the initial sync, and this much to the timeline's first paint. */
export const encryptionLimits = { initialSyncShare: 0.15, timelineMs: 50 };

const seconds = (value: number) => `${(value / 1000).toFixed(1)} s`;
const signed = (text: string, value: number) => (value >= 0 ? `+${text}` : text);

function byKind<Run extends { kind: StorageKind }>(runs: Run[], value: (run: Run) => number): Record<StorageKind, number[]> {
  return {
    plain: runs.filter((run) => run.kind === 'plain').map(value),
    encrypted: runs.filter((run) => run.kind === 'encrypted').map(value),
  };
}

export function encryptionRows(figures: EncryptionFigures | null, missing: (figure: string) => string): Row[] {
  if (!figures) {
    return [
      { figure: 'encryption: added to the initial sync', value: missing('encryption'), target: '≤ 15 %', met: null },
      { figure: 'encryption: added to the timeline window', value: missing('encryption'), target: '≤ 50 ms', met: null },
    ];
  }
  return [...initialSyncRows(figures), ...timelineRows(figures), ...propagationRows(figures)];
}

function initialSyncRows({ initialSync, warmUp }: EncryptionFigures): Row[] {
  const sync = byKind(initialSync, (run) => run.ms);
  const plain = median(sync.plain);
  const encrypted = median(sync.encrypted);
  const share = encrypted / plain - 1;
  const posts = Math.max(...initialSync.map((run) => run.posts));
  return [
    {
      figure: `initial sync, plain RxDB / encrypted, a device each (${posts.toLocaleString('en-US')} posts, every collection; median of ${sync.plain.length} each)`,
      value: `${seconds(plain)} / ${seconds(encrypted)}`,
      target: '',
      met: null,
    },
    {
      figure: '  encryption adds to the initial sync',
      value: signed(`${(share * 100).toFixed(1)} %`, share),
      target: '≤ 15 %',
      met: share <= encryptionLimits.initialSyncShare,
    },
    {
      figure: '  (info) runs in order',
      value: initialSync.map((run) => `${run.kind} ${seconds(run.ms)}`).join(', '),
      target: '',
      met: null,
    },
    {
      figure: `  (info) warm-up, both devices: every collection pulled once on each (${warmUp.documents.toLocaleString('en-US')} documents), a patients-only sync of each kind`,
      value: seconds(warmUp.ms),
      target: '',
      met: null,
    },
  ];
}

function timelineRows({ timeline }: EncryptionFigures): Row[] {
  const posts = timeline[0]?.posts ?? 0;
  return [
    ...timelineVariantRows(
      timeline.filter((run) => !run.replicating),
      `timeline data path alone, 5,000-post patient: open + patient + window + its ${posts} posts`,
    ),
    ...timelineVariantRows(
      timeline.filter((run) => run.replicating),
      'the same as the app opens, the replication starting beside (first reopens after the sync included)',
    ),
  ];
}

function timelineVariantRows(runs: TimelineOpenRun[], title: string): Row[] {
  const total = byKind(runs, (run) => run.totalMs);
  const plain = median(total.plain);
  const encrypted = median(total.encrypted);
  const added = encrypted - plain;
  const breakdown = (kind: StorageKind) => {
    const ofKind = runs.filter((run) => run.kind === kind);
    const part = (value: (run: TimelineOpenRun) => number) => Math.round(median(ofKind.map(value)));
    return `${part((run) => run.openMs)} / ${part((run) => run.patientMs)} / ${part((run) => run.windowMs)} / ${part((run) => run.postsMs)} ms`;
  };
  return [
    {
      figure: `${title}, plain / encrypted (median of ${total.plain.length} each)`,
      value: `${ms(plain)} / ${ms(encrypted)}`,
      target: '',
      met: null,
    },
    {
      figure: '  encryption adds (the first paint waits for this)',
      value: signed(ms(added), added),
      target: '≤ 50 ms',
      met: added <= encryptionLimits.timelineMs,
    },
    {
      figure: '  (info) runs in order',
      value: runs.map((run) => `${run.kind[0]} ${Math.round(run.totalMs)}`).join(', '),
      target: '',
      met: null,
    },
    { figure: '  (info) plain: open / patient / window / posts, medians', value: breakdown('plain'), target: '', met: null },
    { figure: '  (info) encrypted: open / patient / window / posts, medians', value: breakdown('encrypted'), target: '', met: null },
  ];
}

function propagationRows({ propagation }: EncryptionFigures): Row[] {
  const latencies = byKind(propagation, (run) => run.latencies.length);
  const all = (kind: StorageKind) => propagation.filter((run) => run.kind === kind).flatMap((run) => run.latencies);
  const plain = all('plain');
  const encrypted = all('encrypted');
  const added = median(encrypted) - median(plain);
  return [
    {
      figure: `post in database A → in database B, same device, plain / encrypted, median (${plain.length} / ${encrypted.length} posts)`,
      value: `${ms(median(plain))} / ${ms(median(encrypted))}`,
      target: '',
      met: null,
    },
    { figure: '  p95, plain / encrypted', value: `${ms(percentile(plain, 95))} / ${ms(percentile(encrypted, 95))}`, target: '', met: null },
    {
      figure: `  encryption adds to the median (${latencies.plain.length + latencies.encrypted.length} blocks)`,
      value: signed(ms(added), added),
      target: '',
      met: null,
    },
  ];
}
