import type { FastifyInstance } from 'fastify';
import { z } from 'zod';
import { periodFromStore } from '../../evaluate/index.ts';
import type { Finding } from '../../model/finding.ts';
import { findOrg } from '../../plan/index.ts';
import { periodName } from '../../vi/period.ts';
import { WEB_TEXT as T } from '../../vi/web-text.ts';
import { APP_CSS, APP_JS } from '../assets.ts';
import { type WebContext, WebError, periodFromQuery, sendPage } from '../context.ts';
import { homePage } from '../pages/home.ts';
import { orgPage } from '../pages/org.ts';
import { planPeriods } from '../periods.ts';

const OrgParamsSchema = z.object({ org: z.string().min(1).max(100) });

/** Kỳ báo cáo, Một đơn vị, and the stylesheet and script. */
export function registerPageRoutes(app: FastifyInstance, ctx: WebContext): void {
  app.get('/static/app.css', (_req, reply) => reply.type('text/css; charset=utf-8').header('cache-control', 'no-cache').send(APP_CSS));
  app.get('/static/app.js', (_req, reply) => reply.type('text/javascript; charset=utf-8').header('cache-control', 'no-cache').send(APP_JS));

  app.get('/', (request, reply) => {
    const period = periodFromQuery(ctx, request.query);
    const { evaluation } = periodFromStore(ctx.plan, period, ctx.store, { now: ctx.now() });
    const body = homePage({ plan: ctx.plan, periods: planPeriods(ctx.plan), evaluation });
    return sendPage(reply, ctx, { title: T.homeTitle(periodName(period)), section: 'home', body, period });
  });

  app.get('/don-vi/:org', (request, reply) => {
    const params = OrgParamsSchema.safeParse(request.params);
    const org = params.success ? findOrg(ctx.plan, params.data.org) : undefined;
    if (!org) throw new WebError(404, T.errorTitle, T.unknownOrg(params.success ? params.data.org : ''));
    const period = periodFromQuery(ctx, request.query);
    const { evaluation, log } = periodFromStore(ctx.plan, period, ctx.store, { now: ctx.now() });
    const oe = evaluation.organizations.find((o) => o.org === org.code);
    if (!oe) throw new WebError(404, T.errorTitle, T.unknownOrg(org.code));
    const reporting = oe.reportingPeriod ?? period;
    const history = ctx.store.submissionHistory(ctx.plan.id, org.code, reporting);
    const files = log.filter((e) => e.org === org.code && e.period === reporting).reverse();
    const findings: Finding[] = [
      ...(history.find((s) => s.id === oe.submissionId)?.findings ?? []),
      ...(oe.completeness === 'rejected' ? (files.find((e) => e.outcome === 'rejected')?.findings ?? []) : []),
      ...(evaluation.findings ?? []).filter((f) => f.org === org.code),
    ].filter((f) => f.severity !== 'info');
    const body = orgPage({ plan: ctx.plan, org, periods: planPeriods(ctx.plan), period, evaluation: oe, history, log: files, findings });
    return sendPage(reply, ctx, { title: org.name, section: 'none', body, period });
  });
}
