import { stat } from 'node:fs/promises';
import type { IngestBatchResult } from '../model/ingest.ts';
import { ingestFiles } from './serial.ts';
import { type ParallelIngestOptions, defaultWorkers, ingestFilesParallel } from './parallel.ts';

/**
 * The one entry for a batch of filled forms: it picks the serial path (this thread, serial.ts)
 * or the worker pool (parallel.ts). Worker threads take ≈ 1 s to start, so one file (not a
 * folder) is read in this thread unless more workers are asked for; a folder or several files
 * get `workers` threads (default: one per core but one, defaultWorkers). One worker (a one- or
 * two-core machine) is the serial path.
 */
export async function ingest(paths: readonly string[], options: ParallelIngestOptions): Promise<IngestBatchResult> {
  const { workers: requested, ...rest } = options;
  const workers = paths.length === 1 && !(await isFolder(paths[0] ?? '')) ? (requested ?? 1) : defaultWorkers(requested);
  return workers > 1 ? ingestFilesParallel(paths, { ...rest, workers }) : ingestFiles(paths, rest);
}

async function isFolder(path: string): Promise<boolean> {
  return (await stat(path).catch(() => null))?.isDirectory() ?? false;
}
