import type { Plan } from '../model/plan.ts';
import { formatViDateShort } from '../vi/date.ts';
import { WEB_TEXT as T } from '../vi/web-text.ts';
import { type Html, html } from './html.ts';

export type Section = 'home' | 'upload' | 'downloads' | 'none';

export interface PageInput {
  title: string;
  section: Section;
  body: Html;
  plan: Plan;
  /** The period the navigation links keep (?ky=…). */
  period?: string;
  /** Seconds after which the browser reloads the page (a job in progress). */
  refresh?: number;
}

/** The frame of every page: header with navigation, the page, a footer naming the plan. */
export function page(input: PageInput): Html {
  const q = input.period ? `?ky=${encodeURIComponent(input.period)}` : '';
  const link = (section: Section, href: string, label: string) =>
    html`<a href="${href}"${input.section === section ? html` class="active" aria-current="page"` : ''}>${label}</a>`;
  const source = `${input.plan.source.number}, ${formatViDateShort(input.plan.source.date)}`;
  return html`<!doctype html>
<html lang="vi">
<head>
<meta charset="utf-8">
<meta name="viewport" content="width=device-width, initial-scale=1">
${input.refresh ? html`<meta http-equiv="refresh" content="${input.refresh}">` : ''}
<title>${input.title} — ${T.appTitle}</title>
<link rel="stylesheet" href="/static/app.css">
</head>
<body>
<header class="top"><div class="wrap">
<span class="name">${T.appTitle}</span>
<nav>${link('home', `/${q}`, T.nav.home)}${link('upload', `/nop${q}`, T.nav.upload)}${link('downloads', `/tai-ve${q}`, T.nav.downloads)}</nav>
</div></header>
<main class="wrap">
${input.body}
</main>
<footer class="wrap">${T.footer(input.plan.reporting.body, source)}</footer>
<script src="/static/app.js" defer></script>
</body>
</html>`;
}
