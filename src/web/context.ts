import { createHash, timingSafeEqual } from 'node:crypto';
import type { FastifyReply } from 'fastify';
import { z } from 'zod';
import type { PeriodId } from '../model/period.ts';
import { PeriodIdSchema } from '../model/period.ts';
import type { Plan } from '../model/plan.ts';
import type { Store } from '../model/store.ts';
import { WEB_TEXT as T } from '../vi/web-text.ts';
import type { Html } from './html.ts';
import type { JobQueue } from './jobs.ts';
import { type Section, page } from './layout.ts';
import { errorPage } from './pages/error.ts';
import { inPlan, planYears } from '../vi/period.ts';
import { defaultPeriod } from './periods.ts';
import type { SignedPdfHook } from './signed-pdf.ts';
import type { UploadLimits } from './uploads.ts';

/** What every route needs: the plan and store the server was started with, and its own state. */
export interface WebContext {
  plan: Plan;
  planHash: string;
  store: Store;
  /** The server's own folder (uploads being checked, annotated copies, outputs being built). */
  workDir: string;
  /** The token every changing form carries (CSRF). */
  csrf: string;
  /** Asked for before any change, when the server was given one. */
  password: string | null;
  limits: UploadLimits;
  jobs: JobQueue;
  now: () => string;
  /** Report settings and wording files (the defaults under templates/ when absent). */
  reportConfig?: string;
  reportWording?: string;
  signedPdf: SignedPdfHook | null;
}

/** A request the page answers with a Vietnamese error page and this status. */
export class WebError extends Error {
  constructor(
    readonly status: number,
    readonly title: string,
    message: string,
  ) {
    super(message);
  }
}

export const badRequest = (detail: string) => new WebError(400, T.errorTitle, T.badRequest(detail));

/** Sends a page in the frame. */
export function sendPage(reply: FastifyReply, ctx: WebContext, input: { title: string; section: Section; body: Html; period?: string; refresh?: number; status?: number }): FastifyReply {
  const { status, ...rest } = input;
  return reply
    .code(status ?? 200)
    .type('text/html; charset=utf-8')
    .send(page({ ...rest, plan: ctx.plan }).text);
}

export function sendError(reply: FastifyReply, ctx: WebContext, error: WebError): FastifyReply {
  return sendPage(reply, ctx, { title: error.title, section: 'none', body: errorPage(error.title, error.message), status: error.status });
}

const PeriodQuerySchema = z.object({ ky: z.string().optional() });

/** The period of `?ky=…`: validated, within the plan's years; the default period when absent or empty. */
export function periodFromQuery(ctx: WebContext, query: unknown): PeriodId {
  const parsed = PeriodQuerySchema.safeParse(query);
  const raw = parsed.success ? parsed.data.ky : undefined;
  if (raw === undefined || raw === '') return defaultPeriod(ctx.plan, ctx.store);
  return checkPeriod(ctx, raw);
}

export function checkPeriod(ctx: WebContext, raw: string): PeriodId {
  const period = PeriodIdSchema.safeParse(raw);
  if (!period.success) throw badRequest(T.badPeriod(raw));
  if (!inPlan(ctx.plan, period.data)) {
    const years = planYears(ctx.plan);
    const span = years.length > 1 ? `${years[0]}–${years.at(-1)}` : String(years[0] ?? '');
    throw new WebError(400, T.errorTitle, T.periodOutsidePlan(raw, span));
  }
  return period.data;
}

const digest = (text: string) => createHash('sha256').update(text, 'utf8').digest();

/** Equal strings, compared in constant time (token, password). */
export function sameSecret(given: string | undefined, expected: string): boolean {
  return given !== undefined && timingSafeEqual(digest(given), digest(expected));
}

/** A change is allowed with this server's form token, and the password when one is set. */
export function checkChange(ctx: WebContext, fields: Record<string, string>): void {
  if (!sameSecret(fields._csrf, ctx.csrf)) throw new WebError(403, T.forbiddenTitle, T.badToken);
  if (ctx.password !== null && !sameSecret(fields.mat_khau, ctx.password)) throw new WebError(403, T.forbiddenTitle, T.badPassword);
}

/** Content-Disposition for a download: an ASCII fallback and the real (Vietnamese) name, RFC 6266/5987. */
export function attachment(name: string): string {
  const ascii = name
    .normalize('NFD')
    .replace(/[\u0300-\u036f]/g, '')
    .replace(/đ/g, 'd')
    .replace(/Đ/g, 'D')
    .replace(/[^\x20-\x7e]|["\\]/g, '_');
  const encoded = encodeURIComponent(name).replace(/['()*]/g, (c) => `%${c.charCodeAt(0).toString(16).toUpperCase()}`);
  return `attachment; filename="${ascii}"; filename*=UTF-8''${encoded}`;
}

export function mb(bytes: number): string {
  return `${(bytes / 1024 / 1024).toFixed(bytes % (1024 * 1024) === 0 ? 0 : 1).replace('.', ',')} MB`;
}
