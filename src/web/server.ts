import { randomBytes } from 'node:crypto';
import { mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { FastifyInstance } from 'fastify';
import { ZodError } from 'zod';
import { LIMITS } from '../ingest/index.ts';
import type { Plan } from '../model/plan.ts';
import type { Store } from '../model/store.ts';
import { describeError } from '../vi/errors.ts';
import { WEB_TEXT as T } from '../vi/web-text.ts';
import { type WebContext, WebError, mb, sendError } from './context.ts';
import { JobQueue } from './jobs.ts';
import { registerDownloadRoutes } from './routes/downloads.ts';
import { registerPageRoutes } from './routes/pages.ts';
import { registerUploadRoutes } from './routes/upload.ts';
import type { SignedPdfHook } from './signed-pdf.ts';
import type { UploadLimits } from './uploads.ts';

export interface ServeOptions {
  plan: Plan;
  planHash: string;
  /** The store the server reads and ingests into; opened and closed by the caller. */
  store: Store;
  /** Asked for before any change (uploads) when given. */
  password?: string;
  limits?: Partial<UploadLimits>;
  /** Report settings and wording files, as `baocao report --config/--wording`. */
  reportConfig?: string;
  reportWording?: string;
  /** Clock of receipts and evaluations (tests). */
  now?: () => string;
  /** Where the server makes its own temporary folder (default: the system's). */
  workRoot?: string;
  /** Uploads checked at the same time. */
  concurrency?: number;
  signedPdf?: SignedPdfHook;
}

export const DEFAULT_LIMITS: UploadLimits = { maxFiles: 1000, maxFileBytes: LIMITS.maxFileBytes, maxTotalBytes: 1024 * 1024 * 1024 };

/** Headers of every answer: no framing by other sites, scripts and forms from this server only. */
const SECURITY_HEADERS = {
  'content-security-policy': "default-src 'self'; style-src 'self' 'unsafe-inline'; img-src 'self' data:; script-src 'self'; form-action 'self'; frame-ancestors 'none'; base-uri 'none'",
  'x-content-type-options': 'nosniff',
  'referrer-policy': 'same-origin',
  'x-frame-options': 'DENY',
} as const;

/**
 * The web page of `baocao serve`: routes that call the library (evaluate, ingest, template,
 * report) and render Vietnamese HTML. Listening is left to the caller (`app.listen`); tests use
 * `app.inject`. Closing the app waits for the uploads being checked and removes its folder.
 */
export async function buildServer(options: ServeOptions): Promise<FastifyInstance> {
  const workDir = await mkdtemp(join(options.workRoot ?? tmpdir(), 'baocao-web-'));
  const now = options.now ?? (() => new Date().toISOString());
  const limits: UploadLimits = { ...DEFAULT_LIMITS, ...options.limits };
  const ctx: WebContext = {
    plan: options.plan,
    planHash: options.planHash,
    store: options.store,
    workDir,
    csrf: randomBytes(24).toString('base64url'),
    password: options.password ?? null,
    limits,
    jobs: new JobQueue({ plan: options.plan, planHash: options.planHash, store: options.store, workDir, now, ...(options.concurrency ? { concurrency: options.concurrency } : {}) }),
    now,
    ...(options.reportConfig ? { reportConfig: options.reportConfig } : {}),
    ...(options.reportWording ? { reportWording: options.reportWording } : {}),
    signedPdf: options.signedPdf ?? null,
  };

  // The web framework is loaded here, when a server is built, not with the module: the CLI is one
  // bundle, and every other command loaded it at its start (≈ 70 ms of `baocao --version`).
  const [{ default: Fastify }, { default: multipart }] = await Promise.all([import('fastify'), import('@fastify/multipart')]);
  const app = Fastify({ logger: false, bodyLimit: 64 * 1024 });
  await app.register(multipart, { limits: { fileSize: limits.maxFileBytes, files: limits.maxFiles } });

  app.addHook('onSend', async (_request, reply) => {
    for (const [name, value] of Object.entries(SECURITY_HEADERS)) reply.header(name, value);
  });
  // Changes come from this server's own pages: a browser says where a form was sent from.
  app.addHook('onRequest', async (request) => {
    if (request.method === 'GET' || request.method === 'HEAD') return;
    const site = request.headers['sec-fetch-site'];
    if (site === 'cross-site') throw new WebError(403, T.forbiddenTitle, T.badToken);
  });

  app.setNotFoundHandler((_request, reply) => sendError(reply, ctx, new WebError(404, T.errorTitle, T.notFound)));
  app.setErrorHandler((error, _request, reply) => {
    if (error instanceof WebError) return sendError(reply, ctx, error);
    if (error instanceof ZodError) return sendError(reply, ctx, new WebError(404, T.errorTitle, T.notFound));
    const status = (error as { statusCode?: number }).statusCode ?? 500;
    if (status === 413) return sendError(reply, ctx, new WebError(413, T.tooLargeTitle, T.fileTooLarge(mb(limits.maxFileBytes))));
    // Fastify's own refusals (a malformed body, an unknown content type) are worded in English: say it in Vietnamese.
    if (status >= 400 && status < 500) return sendError(reply, ctx, new WebError(status, T.errorTitle, T.badRequest(T.unreadableRequest)));
    return sendError(reply, ctx, new WebError(500, T.errorTitle, T.serverError(describeError(error))));
  });

  registerPageRoutes(app, ctx);
  registerUploadRoutes(app, ctx);
  registerDownloadRoutes(app, ctx);

  app.addHook('onClose', async () => {
    await ctx.jobs.whenIdle();
    await rm(workDir, { recursive: true, force: true });
  });
  return app;
}
