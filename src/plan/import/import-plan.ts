/**
 * Drafts a plan from a decision's text (issue 7): identity, organisations (one per
 * "NỘI DUNG NHIỆM VỤ TRỌNG TÂM … giao cho …" section, or the units named as responsible),
 * numbered tasks and sub-items, and the targets found in each task by the target-phrase parser.
 * Keeps going through the document's mistakes and reports them as findings.
 */
import { basename } from 'node:path';
import type { Finding } from '../../model/finding.ts';
import type { PlanImportOptions, PlanImportResult, OutlineBlock } from '../../model/plan-import.ts';
import { type Organization, type PlanInput, PlanSchema, type Target, type Task } from '../../model/plan.ts';
import { formatPath, makeFinding } from '../../vi/messages/index.ts';
import {
  ADDRESSEES_LINE, ASSIGNMENT_LINE, GIVEN_TO_LINE, IMPORT_TEXT, NAMED_TASKS, SUPPORTING_IN_TEXT, TITLE_ABOUT,
} from '../../vi/import-words.ts';
import { KEYWORD_TYPOS } from '../../vi/target-lexicon.ts';
import { findTargets } from '../../vi/target-phrase.ts';
import { matchKey, stripDiacritics } from '../../vi/text.ts';
import { roadmapMilestones } from './attributes.ts';
import { createTaskBuilder } from './build-tasks.ts';
import { readLetter } from './letter.ts';
import { expandTextTables } from './task-table.ts';
import { checkCitedDates, findIdentity } from './identity.ts';
import { organizationFor, mainUnit } from './organizations.ts';
import { classify, toParagraphs } from './outline.ts';
import { readDecisionText } from './read-text.ts';

/** Drafts a plan from the text of a decision or plan document. */
export function importPlan(text: string, options: PlanImportOptions = {}): PlanImportResult {
  const file = options.file;
  const at = (line?: number) => ({ ...(file ? { file } : {}), ...(line ? { line } : {}) });
  const paragraphs = toParagraphs(expandTextTables(text));
  const blocks = paragraphs.map(classify);
  const identity = findIdentity(paragraphs);
  const findings: Finding[] = [];

  for (const p of paragraphs) {
    for (const { pattern, right } of KEYWORD_TYPOS) {
      for (const m of p.text.matchAll(pattern)) {
        const expected = /^\p{Ll}/u.test(m[0]) ? right.toLocaleLowerCase('vi') : right;
        findings.push(makeFinding('import/typo', { ...at(p.line), actual: m[0], expected }, { actual: m[0], expected }));
      }
    }
  }
  findings.push(...checkCitedDates(paragraphs, identity, file));

  // Never refuse a draft for lack of a year: infer it and say so (the YAML marks it for review).
  const term = options.year === undefined && identity.year === undefined ? identity.term : undefined;
  let year = term ? undefined : (options.year ?? identity.year);
  let yearReview: string | undefined;
  if (options.year === undefined && identity.yearHow) yearReview = identity.yearHow;
  if (year === undefined && !term) {
    year = new Date().getFullYear();
    yearReview = IMPORT_TEXT.yearFromNothing;
  }
  if (yearReview) {
    const value = term ? `${term.from} - ${term.to}` : String(year);
    findings.push(makeFinding('import/inferred-year', at(), { value, how: yearReview }));
  }
  if (identity.issuerFrom && identity.issuer) {
    findings.push(makeFinding('import/issuer-inferred', at(), {
      issuer: identity.issuer, from: identity.issuerFrom === 'title' ? IMPORT_TEXT.issuerFromTitle : IMPORT_TEXT.issuerFromSignature,
    }));
  }

  const builder = createTaskBuilder(file);
  const organizations: Organization[] = [];
  const sectioned = blocks.some((b) => b.kind === 'section');
  const lettered = !sectioned && identity.addressees
    ? readLetter(blocks, identity.addressees, paragraphs.find((p) => ADDRESSEES_LINE.test(p.text))?.line ?? 0)
    : undefined;
  let tasks: Task[];
  let renamed = new Map<string, string>();
  let shape: string;
  if (sectioned) {
    walkSections(blocks, builder, organizations, findings, at);
    tasks = builder.tasks;
    shape = IMPORT_TEXT.shapeDecision;
  } else if (lettered) {
    organizations.push(...lettered.organizations);
    tasks = lettered.tasks;
    shape = IMPORT_TEXT.shapeLetter;
  } else {
    walkPlain(blocks, builder);
    applyAssignments(builder);
    findings.push(...builder.findings.splice(0));
    tasks = builder.tasks;
    const recognised = blocks.some((b) => b.kind === 'part') || !!identity.title;
    shape = IMPORT_TEXT.shapePlan;
    if (tasks.length === 0) {
      tasks = paragraphTasks(blocks);
      shape = IMPORT_TEXT.shapeParagraphs;
    }
    if (tasks.length > 0) {
      ({ tasks, renamed } = assignByResponsible(tasks, organizations, identity.issuer, findings, at));
      if (!recognised || shape === IMPORT_TEXT.shapeParagraphs) {
        findings.push(makeFinding('import/unrecognised-shape', at(), { how: shape === IMPORT_TEXT.shapeParagraphs ? IMPORT_TEXT.shapeParagraphs : IMPORT_TEXT.shapePlan, org: organizations.map((o) => o.name).join('", "') }));
      }
    }
  }
  findings.push(...builder.findings);
  findings.push(makeFinding('import/shape', at(), { shape }));
  for (const o of organizations) if (o.reporting === false) findings.push(makeFinding('import/not-reporting', at(), { name: o.name, code: o.code }));
  if (tasks.length === 0) findings.push(makeFinding('import/no-tasks', at()));

  const targets = draftTargets(tasks, findings, (id) => at(builder.lines.get(id) ?? builder.lines.get(id.replace(/^[^-]+-/u, '_-'))));
  addTermDetails(tasks, targets, builder.roadmaps, renamed);
  const source = draftSource(identity, year, findings, at);
  const reportingBody = identity.reportingBody ?? identity.issuer;
  if (!identity.reportingBody) {
    findings.push(makeFinding('import/missing-identity', at(), { field: IMPORT_TEXT.fieldReportingBody, placeholder: reportingBody ?? IMPORT_TEXT.unknownIssuer }));
  }
  const plan: PlanInput = {
    id: planId(identity.number, year ?? term?.from),
    title: planTitle(identity.title, year ?? term?.from),
    ...(term ? { term } : { year: year ?? new Date().getFullYear() }),
    source,
    reporting: { body: reportingBody ?? IMPORT_TEXT.unknownIssuer, periods: ['Q1', 'Q2', 'Q3', 'Q4'], deadline: { daysAfterEnd: 5 } },
    organizations,
    tasks,
    targets,
  };
  const checked = PlanSchema.safeParse(plan);
  if (!checked.success && tasks.length > 0) {
    for (const issue of checked.error.issues.slice(0, 5)) {
      findings.push(makeFinding('import/invalid-draft', { ...at(), path: issue.path.map((p) => (typeof p === 'symbol' ? String(p) : p)) }, {
        path: formatPath(issue.path.map((p) => (typeof p === 'symbol' ? String(p) : p))), reason: issue.message,
      }));
    }
  }
  const tasksByOrg: Record<string, string[]> = {};
  for (const t of tasks) (tasksByOrg[t.org] ??= []).push(t.id);
  return { plan, findings, tasksByOrg, ...(yearReview ? { yearReview } : {}) };
}

/** Reads a .docx or .txt decision and drafts its plan; `ok` is false when the file cannot be read. */
export async function importPlanFile(file: string, options: Omit<PlanImportOptions, 'file'> = {}): Promise<PlanImportResult & { ok: boolean }> {
  const read = await readDecisionText(file);
  if (!read.ok) return { ok: false, plan: emptyPlan(), findings: read.findings, tasksByOrg: {} };
  return { ok: true, ...importPlan(read.text, { ...options, file: basename(file) }) };
}

type Builder = ReturnType<typeof createTaskBuilder>;
type At = (line?: number) => { file?: string; line?: number };

function walkSections(blocks: readonly OutlineBlock[], builder: Builder, organizations: Organization[], findings: Finding[], at: At): void {
  const firstLine = new Map<string, number>();
  const skip = new Set<OutlineBlock>();
  let active = false;
  let org = '';
  for (const [i, block] of blocks.entries()) {
    if (block.kind === 'section') {
      // "NỘI DUNG NHIỆM VỤ TRỌNG TÂM NĂM 2024" + "GIAO CHO HỘI NÔNG DÂN TỈNH" on a line of its own.
      const next = blocks[i + 1];
      const given = next?.kind === 'text' ? GIVEN_TO_LINE.exec(next.text)?.[1] : undefined;
      const name = block.orgName || (given ?? '');
      if (!block.orgName && given && next) skip.add(next);
      const probe = organizationFor(name, new Set());
      const known = organizations.find((o) => matchKey(o.name) === matchKey(name) || (!probe.derived && o.code === probe.org.code));
      if (known) {
        findings.push(makeFinding('import/duplicate-section', { ...at(block.line), org: known.code }, { org: name, first: firstLine.get(known.code) }));
        active = false;
        continue;
      }
      const { org: created, derived } = organizationFor(name || IMPORT_TEXT.unknownIssuer, new Set(organizations.map((o) => o.code)));
      if (derived) findings.push(makeFinding('import/derived-org-code', { ...at(block.line), org: created.code }, { name: created.name, code: created.code }));
      organizations.push(created);
      firstLine.set(created.code, block.line);
      org = created.code;
      builder.startScope(org);
      active = true;
    } else if (block.kind === 'end') {
      active = false;
    } else if (block.kind === 'part') {
      if (active || org) {
        active = block.tasks;
        builder.startScope(org, block.roman);
      }
    } else if (active && !skip.has(block)) {
      builder.add(block);
    }
  }
}

/** A document without per-organisation sections: tasks in the parts that hold tasks. */
function walkPlain(blocks: readonly OutlineBlock[], builder: Builder): void {
  let active = true;
  builder.startScope('_', '', IMPORT_TEXT.documentLabel);
  for (const block of blocks) {
    if (block.kind === 'end') active = false;
    else if (block.kind === 'part') {
      active = block.tasks;
      builder.startScope('_', block.roman, IMPORT_TEXT.partLabel(block.roman));
      builder.setAssignmentPart(/tổ chức thực hiện/iu.test(block.title));
    } else if (active && block.kind !== 'section' && !(block.kind === 'bullet' && /^căn cứ/iu.test(block.text))) {
      builder.add(block);
    }
  }
}

/**
 * Organisations of a plan without sections: the units named as responsible when there are
 * several, else one organisation (the single unit, or the issuer).
 */
function assignByResponsible(tasks: Task[], organizations: Organization[], issuer: string | undefined, findings: Finding[], at: At): { tasks: Task[]; renamed: Map<string, string> } {
  const units = [...new Set(tasks.flatMap((t) => (t.responsible ? [mainUnit(t.responsible)] : [])))];
  const byUnit = new Map<string, string>();
  const addOrg = (name: string): string => {
    const same = organizations.find((o) => matchKey(o.name) === matchKey(name));
    if (same) return same.code;
    const { org } = organizationFor(name, new Set(organizations.map((o) => o.code)));
    organizations.push(org);
    byUnit.set(name, org.code);
    return org.code;
  };
  if (units.length >= 2) units.forEach(addOrg);
  const fallback = units.length === 1 ? addOrg(units[0] as string) : units.length === 0 ? addOrg(issuer ?? IMPORT_TEXT.unknownIssuer) : undefined;
  const byId = new Map(tasks.map((t) => [t.id, t]));
  const firstResponsibleBelow = (t: Task): string | undefined => {
    for (const c of tasks.filter((x) => x.parent === t.id)) {
      const found = c.responsible ?? firstResponsibleBelow(c);
      if (found) return found;
    }
    return undefined;
  };
  const orgOf = (t: Task): string | undefined => {
    if (t.responsible && byUnit.has(mainUnit(t.responsible))) return byUnit.get(mainUnit(t.responsible));
    const below = firstResponsibleBelow(t);
    if (below) return byUnit.get(mainUnit(below));
    const parent = t.parent ? byId.get(t.parent) : undefined;
    return parent ? orgOf(parent) : undefined;
  };
  let defaultOrg = fallback;
  const orgs = tasks.map((t) => orgOf(t) ?? defaultOrg ?? (defaultOrg = addOrg(issuer ?? IMPORT_TEXT.unknownIssuer)));
  // Ids were built with a placeholder organisation "_"; a parent link stays only inside one organisation.
  const newId = new Map(tasks.map((t, i) => [t.id, t.id.replace(/^_-/u, `${orgs[i]}-`)]));
  const orgById = new Map(tasks.map((t, i) => [t.id, orgs[i]]));
  const renamed = tasks.map((t, i): Task => {
    const { id, org: _placeholder, number, parent, ...rest } = t;
    const keep = parent !== undefined && orgById.get(parent) === orgs[i];
    return { id: newId.get(id) as string, org: orgs[i] as string, number, ...(keep ? { parent: newId.get(parent) as string } : {}), ...rest };
  });
  // Grouped by organisation (document order inside each), as plan check and the templates show them.
  const order = organizations.map((o) => o.code);
  const final = renamed.map((t, i) => ({ t, i })).sort((a, b) => order.indexOf(a.t.org) - order.indexOf(b.t.org) || a.i - b.i).map(({ t }) => t);
  for (const f of findings) if (f.taskId && newId.has(f.taskId)) f.taskId = newId.get(f.taskId);
  findings.push(makeFinding('import/no-sections', at(), { orgs: organizations.map((o) => `"${o.name}" (${o.code})`).join(', ') }));
  return { tasks: final, renamed: newId };
}

/**
 * Part III's "Giao Ban Dân vận Thị ủy chủ trì, phối hợp với … thực hiện nội dung tại mục 2.1,
 * 2.3": the named tasks of the other parts get the unit as responsible (and the supporting units).
 */
function applyAssignments(builder: Builder): void {
  const partOf = (id: string) => /^_-([IVXL]+)\./u.exec(id)?.[1];
  const candidates: Array<{ text: string; responsible: string; supporting?: string | undefined; part?: string | undefined }> = builder.assignments.map((a) => ({ text: a.text, responsible: a.responsible, supporting: a.supporting, part: undefined }));
  for (const t of builder.tasks) {
    const m = ASSIGNMENT_LINE.exec(t.text);
    if (m && partOf(t.id) && NON_TASK_ASSIGNMENT_PART.test(t.id)) {
      t.responsible ??= (m[1] as string).trim();
      candidates.push({ text: t.text, responsible: (m[1] as string).trim(), supporting: SUPPORTING_IN_TEXT.exec(m[2] as string)?.[1]?.trim(), part: partOf(t.id) });
    }
  }
  for (const c of candidates) {
    const numbers = [...c.text.matchAll(NAMED_TASKS)].flatMap((m) => (m[1] as string).split(/\s*(?:,|và)\s*/u)).map((n) => n.replace(/\.$/u, '').trim()).filter(Boolean);
    for (const n of numbers) {
      for (const t of builder.tasks.filter((x) => x.number === n && partOf(x.id) !== c.part && partOf(x.id) !== undefined)) {
        t.responsible ??= c.responsible;
        if (c.supporting) t.supporting ??= c.supporting;
      }
    }
  }
}

/** A part III task id ("_-III.2"): the parts where assignments name other tasks. */
const NON_TASK_ASSIGNMENT_PART = /^_-(?:III|IV|V)\./u;

/** No numbered item anywhere: every paragraph of the body (after the title, before the signature) as a task. */
function paragraphTasks(blocks: readonly OutlineBlock[]): Task[] {
  const tasks: Task[] = [];
  for (const b of blocks) {
    if (b.kind === 'end') break;
    if ((b.kind === 'text' || b.kind === 'bullet') && b.text.length >= 40 && !/^[-–]?\s*căn cứ/iu.test(b.text)) {
      tasks.push({ id: `_-${tasks.length + 1}`, org: '_', number: String(tasks.length + 1), text: b.text });
    }
  }
  return tasks;
}

/** Term plans: a target carries its task's lead and the yearly milestones of its "Lộ trình" line. */
function addTermDetails(tasks: readonly Task[], targets: Target[], roadmaps: ReadonlyMap<string, string>, renamed: ReadonlyMap<string, string>): void {
  const byTask = new Map<string, Target[]>();
  for (const t of targets) byTask.set(t.task, [...(byTask.get(t.task) ?? []), t]);
  const roadmapOf = new Map([...roadmaps].map(([id, text]) => [renamed.get(id) ?? id, text]));
  for (const task of tasks) {
    const own = byTask.get(task.id) ?? [];
    if (own.length === 0) continue;
    if (task.lead) for (const t of own) t.lead = task.lead;
    const roadmap = roadmapOf.get(task.id);
    const milestones = roadmap ? roadmapMilestones(roadmap) : [];
    // The roadmap belongs to the target its last milestone reaches ("… 100% hội viên …; 80% cơ sở" with "năm 2027: 80%").
    const final = milestones.at(-1)?.value;
    const owner = own.find((t) => t.value === final) ?? own[0];
    if (owner && milestones.length > 0) owner.milestones = milestones;
  }
}

function draftTargets(tasks: readonly Task[], findings: Finding[], atTask: (taskId: string) => ReturnType<At>): Target[] {
  const targets: Target[] = [];
  for (const task of tasks) {
    findTargets(task.text).forEach((c, i) => {
      const id = `${task.id}-t${i + 1}`;
      const review = c.confidence === 'low';
      targets.push({
        id, task: task.id, text: c.phrase.replace(/\s+/g, ' ').trim(), comparator: c.comparator, value: c.value,
        ...(c.max !== undefined ? { max: c.max } : {}), unit: c.unit, kind: c.kind,
        ...(c.per ? { per: c.per } : {}), ...(c.baseline ? { baseline: c.baseline } : {}),
        cumulative: c.kind === 'count' || c.kind === 'money',
        ...(review ? { review: true } : {}),
      });
      if (review) {
        const value = c.max !== undefined ? `${c.value} - ${c.max} ${c.unit}` : `${c.value} ${c.unit}`;
        findings.push(makeFinding('import/low-confidence-target', { ...atTask(task.id), taskId: task.id, targetId: id }, { id, text: c.phrase, value }));
      }
    });
  }
  return targets;
}

function draftSource(identity: ReturnType<typeof findIdentity>, year: number | undefined, findings: Finding[], at: At): PlanInput['source'] {
  const missing = (field: string, placeholder: string) => {
    findings.push(makeFinding('import/missing-identity', at(), { field, placeholder }));
    return placeholder;
  };
  const number = identity.number ?? missing(IMPORT_TEXT.fieldNumber, IMPORT_TEXT.unknownNumber);
  const date = identity.date ?? missing(IMPORT_TEXT.fieldDate, `${year ?? new Date().getFullYear()}-01-01`);
  const issuer = identity.issuer ?? missing(IMPORT_TEXT.fieldIssuer, IMPORT_TEXT.unknownIssuer);
  return { number, date, issuer, ...(identity.title ? { title: identity.title } : {}) };
}

function planId(number: string | undefined, year: number | undefined): string {
  const slug = number ? stripDiacritics(number).replace(/[^A-Za-z0-9]+/gu, '-').replace(/^-+|-+$/gu, '') : '';
  return [slug || 'ke-hoach', year ?? ''].filter(Boolean).join('-');
}

function planTitle(title: string | undefined, year: number | undefined): string {
  const about = title ? TITLE_ABOUT.exec(title)?.[1] : undefined;
  if (about) return about.charAt(0).toLocaleUpperCase('vi') + about.slice(1);
  return title ?? IMPORT_TEXT.planTitle(year ?? new Date().getFullYear());
}

function emptyPlan(): PlanInput {
  return { id: 'ke-hoach', title: '-', source: { number: '-', date: '2000-01-01', issuer: '-' }, reporting: { body: '-', deadline: { daysAfterEnd: 5 } }, organizations: [], tasks: [] };
}
