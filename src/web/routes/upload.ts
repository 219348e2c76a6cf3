import { readFile, rm } from 'node:fs/promises';
import { basename, join } from 'node:path';
import type { FastifyInstance } from 'fastify';
import { z } from 'zod';
import { periodOf } from '../../vi/period.ts';
import { WEB_TEXT as T } from '../../vi/web-text.ts';
import { type WebContext, WebError, attachment, badRequest, checkChange, checkPeriod, mb, sendPage } from '../context.ts';
import { path } from '../html.ts';
import { jobPage, uploadPage } from '../pages/upload.ts';
import { planPeriods } from '../periods.ts';
import { MalformedUploadError, UploadLimitError, saveUploads } from '../uploads.ts';

const JobParamsSchema = z.object({ id: z.string().regex(/^[A-Za-z0-9_-]{1,32}$/) });
const FeedbackParamsSchema = JobParamsSchema.extend({ n: z.coerce.number().int().min(0).max(100_000) });

function limitError(ctx: WebContext, error: UploadLimitError): WebError {
  const message =
    error.kind === 'file' ? T.fileTooLarge(mb(ctx.limits.maxFileBytes)) : error.kind === 'count' ? T.tooManyFiles(ctx.limits.maxFiles) : T.totalTooLarge(mb(ctx.limits.maxTotalBytes));
  return new WebError(413, T.tooLargeTitle, message);
}

/** Nộp biểu mẫu: the form, the upload (a background job), the job's page, the annotated copies. */
export function registerUploadRoutes(app: FastifyInstance, ctx: WebContext): void {
  app.get('/nop', (_request, reply) => {
    const body = uploadPage({
      // Offices send forms for the periods they report (quarters); half-year and year views are derived.
      periods: planPeriods(ctx.plan).filter((p) => ctx.plan.reporting.periods.includes(periodOf(p).kind)),
      csrf: ctx.csrf,
      needsPassword: ctx.password !== null,
      maxFiles: ctx.limits.maxFiles,
      maxFileMb: mb(ctx.limits.maxFileBytes),
      jobs: ctx.jobs.list().slice(0, 10),
    });
    return sendPage(reply, ctx, { title: T.uploadTitle, section: 'upload', body });
  });

  app.post('/nop', async (request, reply) => {
    if (!request.isMultipart()) throw badRequest(T.notMultipart);
    const job = await ctx.jobs.create();
    const inbox = join(job.dir, 'in');
    let saved;
    let period: string | undefined;
    try {
      saved = await saveUploads(request, inbox, ctx.limits);
      checkChange(ctx, saved.fields);
      if (saved.files.length === 0) throw badRequest(T.noFiles);
      period = saved.fields.ky ? checkPeriod(ctx, saved.fields.ky) : undefined;
    } catch (error) {
      await rm(job.dir, { recursive: true, force: true });
      if (error instanceof UploadLimitError) throw limitError(ctx, error);
      if (error instanceof MalformedUploadError) throw badRequest(T.unreadableRequest);
      throw error;
    }
    ctx.jobs.start(job, saved.files, period);
    return reply.code(303).header('location', path('/nop/viec', job.id)).send();
  });

  app.get('/nop/viec/:id', (request, reply) => {
    const params = JobParamsSchema.safeParse(request.params);
    const job = params.success ? ctx.jobs.get(params.data.id) : undefined;
    if (!job) throw new WebError(404, T.errorTitle, T.unknownJob);
    const running = job.state === 'queued' || job.state === 'running';
    return sendPage(reply, ctx, { title: T.jobTitle, section: 'upload', body: jobPage(job), ...(running ? { refresh: 1 } : {}) });
  });

  app.get('/nop/viec/:id/phan-hoi/:n', async (request, reply) => {
    const params = FeedbackParamsSchema.safeParse(request.params);
    const job = params.success ? ctx.jobs.get(params.data.id) : undefined;
    if (!job || !params.success) throw new WebError(404, T.errorTitle, T.unknownJob);
    const file = job.files[params.data.n]?.result.feedbackFile;
    if (!file) throw new WebError(404, T.errorTitle, T.noFeedback);
    const bytes = await readFile(file);
    return reply
      .type('application/vnd.openxmlformats-officedocument.spreadsheetml.sheet')
      .header('content-disposition', attachment(basename(file)))
      .send(bytes);
  });
}
