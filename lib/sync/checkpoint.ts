/** Where a pull stopped: the server sequence of the last document seen, and its id for ties. */
import { z } from 'zod';

export const syncCheckpoint = z.object({ seq: z.number().int().min(0), id: z.string().max(200) });
export type SyncCheckpoint = z.infer<typeof syncCheckpoint>;
