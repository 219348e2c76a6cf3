import { describe, expect, it } from 'vitest';
import { LARGE_POPULATION_ORGS, type TargetStatus } from '../../src/model/index.ts';
import { buildReport, composeReport } from '../../src/report/index.ts';
import { TARGET_STATUS_LABEL } from '../../src/vi/labels.ts';
import { effectiveXml, paragraphs, unzipText } from './docx-xml.ts';
import { populationInput } from './fixture.ts';

/*
 * One organisation more than the default threshold (templates/report.yaml appendixDetailMaxOrgs):
 * the Word appendix counts targets per organisation instead of listing each. Expected figures
 * are recounted from the evaluation, not taken from the report.
 */
const N = LARGE_POPULATION_ORGS + 1;
const input = await populationInput(N);
const { plan, evaluation, wording, settings } = input;
const STATUSES: TargetStatus[] = ['achieved', 'on_track', 'behind', 'carried', 'no_data'];

const countsOf = (org: string) => {
  const oe = evaluation.organizations.find((o) => o.org === org);
  return STATUSES.map((s) => oe?.targets.filter((t) => t.status === s).length ?? 0);
};

describe('report content, more organisations than appendixDetailMaxOrgs', () => {
  const { content } = composeReport(input);
  const appendix = content.appendix!;

  it(`${N} organisations, threshold ${LARGE_POPULATION_ORGS} → no row per target; one row per organisation with its status counts`, () => {
    expect(plan.organizations).toHaveLength(N);
    expect(appendix.targets).toHaveLength(0);
    expect(appendix.byOrg?.rows.map((r) => r.org)).toEqual(plan.organizations.map((o) => o.name));
    for (const [i, org] of plan.organizations.entries()) {
      const row = appendix.byOrg!.rows[i]!;
      const counts = countsOf(org.code);
      expect([row.achieved, row.onTrack, row.behind, row.carried, row.noData].map(Number)).toEqual(counts);
      expect(Number(row.targets)).toBe(counts.reduce((a, b) => a + b, 0));
    }
  });
  it('total row → the sums over organisations, every target of the plan once; several statuses occur', () => {
    const total = appendix.byOrg!.total;
    // Grouped like every number in the report: 464 targets → "464"; recount without the grouping dots.
    const num = (s: string) => Number(s.replace(/\./g, ''));
    expect(num(total.targets)).toBe(plan.targets.length);
    const sums = STATUSES.map((_, k) => plan.organizations.reduce((sum, o) => sum + (countsOf(o.code)[k] ?? 0), 0));
    expect([total.achieved, total.onTrack, total.behind, total.carried, total.noData].map(num)).toEqual(sums);
    expect(sums.filter((s) => s > 0).length).toBeGreaterThanOrEqual(3);
  });
  it('columns → the three first columns of the wording, then the status labels used everywhere else', () => {
    expect(appendix.byOrg?.columns).toEqual([...wording.appendix.orgTargetColumns, ...STATUSES.map((s) => TARGET_STATUS_LABEL[s])]);
    expect(appendix.byOrg?.note).toBe(wording.appendix.detailInExcel);
  });
  it('organisations = threshold → one row per target, as for a small population; one more → per organisation', () => {
    const atLimit = composeReport({ ...input, settings: { ...settings, appendixDetailMaxOrgs: N } }).content.appendix!;
    expect(atLimit.byOrg).toBeNull();
    expect(atLimit.targets).toHaveLength(plan.targets.length);
    const below = composeReport({ ...input, settings: { ...settings, appendixDetailMaxOrgs: N - 1 } }).content.appendix!;
    expect(below.byOrg?.rows).toHaveLength(N);
  });
  it('section I → the note about the Excel file, then per organisation its counts (recounted here), no line per target', () => {
    const h1 = content.body.flatMap((b, i) => (b.kind === 'h1' ? [i] : []));
    const results = content.body.slice((h1[0] ?? 0) + 1, h1[1]);
    expect(results[0]).toMatchObject({ kind: 'p', text: wording.org.summaryNote });
    expect(results.filter((b) => b.kind === 'dash')).toHaveLength(0);
    const expected = plan.organizations.flatMap((o) => {
      const oe = evaluation.organizations.find((e) => e.org === o.code);
      if (!oe || oe.completeness === 'missing' || oe.completeness === 'rejected') return [];
      const [achieved = 0, onTrack = 0, behind = 0, carried = 0, noData = 0] = countsOf(o.code);
      const total = achieved + onTrack + behind + carried + noData;
      return noData === total
        ? [wording.org.noNumbers]
        : [`Về các chỉ tiêu: ${achieved + onTrack}/${total} chỉ tiêu đã đạt hoặc đúng tiến độ, ${behind} chỉ tiêu chậm tiến độ, ${noData} chỉ tiêu chưa có số liệu.`];
    });
    const summaries = results.filter((b) => b.kind === 'p' && (b.text.startsWith('Về các chỉ tiêu') || b.text === wording.org.noNumbers)).map((b) => (b.kind === 'p' ? b.text : ''));
    expect(summaries).toEqual(expected);
    expect(summaries.length).toBeGreaterThan(N / 2);
  });

  it('more targets behind than listLimit → the rest pointed to the Excel file, not to the appendix', () => {
    const behind = evaluation.organizations.flatMap((o) => o.targets).filter((t) => t.status === 'behind').length;
    expect(behind).toBeGreaterThan(wording.listLimit);
    const rest = String(behind - wording.listLimit);
    const texts = content.body.map((b) => b.text);
    expect(texts).toContain(wording.assessment.moreBehindExcel.replace('{count}', rest));
    expect(texts).not.toContain(wording.assessment.moreBehind.replace('{count}', rest));
    const small = composeReport({ ...input, settings: { ...settings, appendixDetailMaxOrgs: N } }).content.body.map((b) => b.text);
    expect(small).toContain(wording.assessment.moreBehind.replace('{count}', rest));
  });
});

describe('Word report, large population', async () => {
  const files = await unzipText(await buildReport(input));
  const doc = files.get('word/document.xml') ?? '';
  const styles = files.get('word/styles.xml') ?? '';
  const tables = [...doc.matchAll(/<w:tbl>[\s\S]*?<\/w:tbl>/g)].map((m) => m[0]);
  const byOrg = tables.find((t) => t.includes(TARGET_STATUS_LABEL.behind) && t.includes(wording.appendix.orgTargetColumns[2]!)) ?? '';
  const rows = [...byOrg.matchAll(/<w:tr>[\s\S]*?<\/w:tr>/g)].map((m) => m[0]);
  const cellTexts = (row: string) => [...row.matchAll(/<w:tc>[\s\S]*?<\/w:tc>/g)].map((c) => paragraphs(c[0]).map((p) => p.text).join(''));

  it('→ header row (repeated on every page), one row per organisation, a total row', () => {
    expect(rows).toHaveLength(1 + N + 1);
    expect(rows[0]).toContain('<w:tblHeader/>');
    expect(cellTexts(rows[1]!).slice(1, 2)).toEqual([plan.organizations[0]!.name]);
    expect(cellTexts(rows[1]!).slice(3).map(Number)).toEqual(countsOf(plan.organizations[0]!.code));
    expect(cellTexts(rows.at(-1)!)[1]).toBe(wording.appendix.total);
    expect(rows.at(-1)).toContain('<w:b/>');
  });
  it('→ the note about the Excel file right above the table; no table lists targets one by one', () => {
    const texts = paragraphs(doc).map((p) => p.text);
    const note = texts.indexOf(wording.appendix.detailInExcel);
    expect(note).toBeGreaterThan(texts.indexOf(wording.appendix.orgTargetsTitle));
    expect(doc.indexOf(wording.appendix.detailInExcel)).toBeLessThan(doc.indexOf(byOrg));
    const allRows = tables.reduce((sum, t) => sum + (t.match(/<w:tr>/g) ?? []).length, 0);
    expect(allRows).toBeLessThan(plan.targets.length);
    expect(tables.some((t) => t.includes(wording.appendix.targetColumns[4]!))).toBe(false);
  });
  it('→ counts right-aligned through the table styles; borders and cell margins set once on the table', () => {
    const countCell = /<w:tc>[\s\S]*?<\/w:tc>/g;
    const cells = [...(rows[1] ?? '').matchAll(countCell)].map((m) => m[0]);
    const jc = (xml: string) => /<w:jc w:val="(\w+)"\/>/.exec(effectiveXml(paragraphs(xml)[0]?.xml ?? '', styles))?.[1];
    expect(cells.slice(2).map(jc)).toEqual(['right', 'right', 'right', 'right', 'right', 'right']);
    expect(byOrg).toMatch(/<w:tblBorders>[\s\S]*<w:insideH w:val="single"/);
    expect(byOrg).toContain('<w:tblCellMar>');
    expect(byOrg).not.toContain('<w:tcBorders>');
  });
});
