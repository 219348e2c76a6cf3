import { TARGET_STATUSES, type TargetStatus } from '../model/evaluation.ts';
import { TARGET_STATUS_LABEL } from '../vi/labels.ts';
import { formatViPercent } from '../vi/number.ts';
import { type Html, escapeHtml, html, trusted } from './html.ts';

/** Colours of the four statuses (the same as the stylesheet's badges). */
export const STATUS_COLOUR: Record<TargetStatus, string> = { achieved: '#2e7d32', on_track: '#1565c0', behind: '#c62828', carried: '#b08900', no_data: '#9aa5b1' };

export type StatusCounts = Record<TargetStatus, number>;

/**
 * One stacked bar of targets by status, as inline SVG: the width of each part is its share.
 * The numbers are also in the bar's title and label, so a screen reader or a printout keeps them.
 */
export function statusBar(counts: StatusCounts, width = 360, height = 18): Html {
  const total = TARGET_STATUSES.reduce((n, s) => n + counts[s], 0);
  const label = TARGET_STATUSES.map((s) => `${TARGET_STATUS_LABEL[s]}: ${counts[s]}`).join('; ');
  let x = 0;
  const parts = TARGET_STATUSES.filter((s) => counts[s] > 0).map((s) => {
    const w = total === 0 ? 0 : (counts[s] / total) * width;
    const rect = `<rect x="${x.toFixed(2)}" y="0" width="${w.toFixed(2)}" height="${height}" fill="${STATUS_COLOUR[s]}"><title>${escapeHtml(`${TARGET_STATUS_LABEL[s]}: ${counts[s]}`)}</title></rect>`;
    const text = w >= 16 ? `<text x="${(x + w / 2).toFixed(2)}" y="${height - 5}" text-anchor="middle" font-size="11" fill="#fff">${counts[s]}</text>` : '';
    x += w;
    return rect + text;
  });
  const empty = total === 0 ? `<rect x="0" y="0" width="${width}" height="${height}" fill="#e4e7eb"/>` : '';
  return trusted(
    `<svg class="bar" width="${width}" height="${height}" viewBox="0 0 ${width} ${height}" role="img" aria-label="${escapeHtml(label)}"><title>${escapeHtml(label)}</title>${empty}${parts.join('')}</svg>`,
  );
}

/** One target's result against its goal: filled to the ratio (capped at the end), a tick at 100 %. */
export function ratioBar(ratio: number | null, status: TargetStatus, width = 120, height = 12): Html {
  const share = ratio === null ? 0 : Math.max(0, Math.min(ratio, 1.25)) / 1.25;
  const goal = width / 1.25;
  const label = ratio === null ? TARGET_STATUS_LABEL[status] : `${formatViPercent(ratio, 0)} — ${TARGET_STATUS_LABEL[status]}`;
  return trusted(
    `<svg class="bar" width="${width}" height="${height}" viewBox="0 0 ${width} ${height}" role="img" aria-label="${escapeHtml(label)}"><title>${escapeHtml(label)}</title>` +
      `<rect x="0" y="0" width="${width}" height="${height}" rx="3" fill="#e4e7eb"/>` +
      `<rect x="0" y="0" width="${(share * width).toFixed(2)}" height="${height}" rx="3" fill="${STATUS_COLOUR[status]}"/>` +
      `<line x1="${goal.toFixed(2)}" x2="${goal.toFixed(2)}" y1="0" y2="${height}" stroke="#1f2933" stroke-width="1.5"/></svg>`,
  );
}

/** The colour key under the bars. */
export function statusLegend(): Html {
  return html`<div class="legend">${TARGET_STATUSES.map((s) => html`<span><i style="background:${STATUS_COLOUR[s]}"></i>${TARGET_STATUS_LABEL[s]}</span>`)}</div>`;
}

