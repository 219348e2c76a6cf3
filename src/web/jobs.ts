import { randomBytes } from 'node:crypto';
import { mkdir, rm } from 'node:fs/promises';
import { basename, join } from 'node:path';
import { ingestFiles } from '../ingest/index.ts';
import type { IngestBatchResult, IngestFileResult } from '../model/ingest.ts';
import type { Plan } from '../model/plan.ts';
import type { Store } from '../model/store.ts';
import { describeError } from '../vi/errors.ts';
import { namedStore } from './named-store.ts';
import type { UploadedFile } from './uploads.ts';

/** One file's result as the page shows it: the name it was uploaded with. */
export interface JobFile {
  name: string;
  result: IngestFileResult;
}

/** One upload being checked in the background: the page polls it until it is done. */
export interface Job {
  id: string;
  createdAt: string;
  state: 'queued' | 'running' | 'done' | 'failed';
  total: number;
  done: number;
  /** The file being read now. */
  current: string | null;
  files: JobFile[];
  summary: IngestBatchResult['summary'] | null;
  skipped: string[];
  error: string | null;
  /** The job's own folder: uploads (removed once checked) and annotated copies. */
  dir: string;
}

export interface JobQueueOptions {
  plan: Plan;
  planHash: string;
  store: Store;
  /** Where each job gets its folder. */
  workDir: string;
  now: () => string;
  /** Jobs checked at the same time (the rest wait their turn). */
  concurrency?: number;
  /** Finished jobs kept (the oldest are forgotten, their folders removed). */
  keep?: number;
}

/**
 * Uploads are checked in the background by the library's ingest (the same call as `baocao
 * ingest --feedback`), a few jobs at a time, so a folder of 800 files never blocks the page.
 */
export class JobQueue {
  private readonly jobs = new Map<string, Job>();
  private readonly waiting: Array<{ job: Job; files: UploadedFile[]; period?: string }> = [];
  private running = 0;
  private readonly idle = new Set<() => void>();

  constructor(private readonly options: JobQueueOptions) {}

  /** A new job's folder: the caller saves the uploads under `<dir>/in` before `start`. */
  async create(): Promise<Job> {
    const id = randomBytes(9).toString('base64url');
    const dir = join(this.options.workDir, 'jobs', id);
    await mkdir(join(dir, 'in'), { recursive: true });
    return { id, createdAt: this.options.now(), state: 'queued', total: 0, done: 0, current: null, files: [], summary: null, skipped: [], error: null, dir };
  }

  /** Queues a job whose files are saved; returns at once. */
  start(job: Job, files: UploadedFile[], period?: string): void {
    job.total = files.length;
    this.jobs.set(job.id, job);
    this.waiting.push({ job, files, ...(period ? { period } : {}) });
    this.forgetOld();
    this.next();
  }

  get(id: string): Job | undefined {
    return this.jobs.get(id);
  }

  /** Newest first. */
  list(): Job[] {
    return [...this.jobs.values()].reverse();
  }

  /** Resolves when no job is queued or running (tests, and closing the server). */
  whenIdle(): Promise<void> {
    if (this.running === 0 && this.waiting.length === 0) return Promise.resolve();
    return new Promise((resolve) => this.idle.add(resolve));
  }

  private next(): void {
    const limit = this.options.concurrency ?? 2;
    while (this.running < limit && this.waiting.length > 0) {
      const item = this.waiting.shift();
      if (!item) break;
      this.running++;
      void this.run(item.job, item.files, item.period).finally(() => {
        this.running--;
        this.next();
        if (this.running === 0 && this.waiting.length === 0) {
          for (const resolve of this.idle) resolve();
          this.idle.clear();
        }
      });
    }
  }

  private async run(job: Job, files: UploadedFile[], period?: string): Promise<void> {
    const { plan, planHash } = this.options;
    const names = new Map(files.map((f) => [f.path, f.name]));
    const nameOf = (path: string) => names.get(path) ?? basename(path);
    job.state = 'running';
    try {
      const result = await ingestFiles(
        files.map((f) => f.path),
        {
          plan,
          planHash,
          store: namedStore(this.options.store, nameOf),
          // Received when uploaded, not when its turn to be checked came.
          receivedAt: job.createdAt,
          feedbackDir: join(job.dir, 'phan-hoi'),
          keepFiles: false,
          ...(period ? { period } : {}),
          onFile: (r) => job.files.push({ name: nameOf(r.file), result: r }),
          onProgress: (p) => {
            job.done = p.done;
            job.current = p.file ? nameOf(p.file) : null;
          },
        },
      );
      job.summary = result.summary;
      job.skipped = result.skipped.map(nameOf);
      job.state = 'done';
    } catch (error) {
      job.error = describeError(error);
      job.state = 'failed';
    } finally {
      job.current = null;
      job.done = job.files.length;
      // The uploads themselves are not kept: only the annotated copies stay, for download.
      await rm(join(job.dir, 'in'), { recursive: true, force: true });
    }
  }

  private forgetOld(): void {
    const keep = this.options.keep ?? 200;
    const finished = [...this.jobs.values()].filter((j) => j.state === 'done' || j.state === 'failed');
    for (const job of finished.slice(0, Math.max(0, this.jobs.size - keep))) {
      this.jobs.delete(job.id);
      void rm(job.dir, { recursive: true, force: true });
    }
  }
}
