'use client';
/**
 * zod compiles object parsers with `new Function` where it may, and first probes whether it may:
 * under the Content-Security-Policy (no 'unsafe-eval') the probe fails quietly but is reported as
 * a violation on every page load. Told not to, it neither compiles nor probes. Imported first by
 * the providers, before any schema parses.
 */
import { z } from 'zod';

z.config({ jitless: true });
