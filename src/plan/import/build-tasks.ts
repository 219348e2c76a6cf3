/**
 * Tasks from the outline: numbered items (1., 2.1., 2.4.1-), "- "/"+ " sub-items, unnumbered
 * paragraphs after an item, and per-task attribute lines, with the numbering checks
 * (duplicated or skipped numbers) done per organisation and part.
 */
import type { Finding } from '../../model/finding.ts';
import type { AttributeFields, OutlineBlock } from '../../model/plan-import.ts';
import type { Task } from '../../model/plan.ts';
import { IMPORT_TEXT } from '../../vi/import-words.ts';

/** "… tại mục 2.1, 2.3": an assignment that names the tasks it applies to. */
const NAMES_TASKS = /(?:mục|nhiệm vụ|điểm|nội dung)(?: số)?\s+\d+(?:\.\d+)+/iu;
import { dueDateOf, recurrenceOf } from './attributes.ts';
import { makeFinding } from '../../vi/messages/index.ts';

/** Where tasks go while walking the outline: one scope per organisation section (and part). */
export function createTaskBuilder(file: string | undefined) {
  const tasks: Task[] = [];
  const findings: Finding[] = [];
  /** The source line of each task, for findings about its targets. */
  const lines = new Map<string, number>();
  let line = 0;
  const ids = new Set<string>();
  const children = new Map<string, number>();
  let org = '';
  let label = '';
  let prefix = '';
  let numbers = new Map<string, { id: string; line: number }>();
  let lastByParent = new Map<string, number>();
  let item: Task | undefined;
  let bullet: Task | undefined;
  let last: Task | undefined;
  let loose = 0;
  let partHoldsAssignments = false;
  const assignments: Array<Extract<OutlineBlock, { kind: 'assignment' }>> = [];
  /** "Lộ trình: …" of a term target's task, read into yearly milestones later. */
  const roadmaps = new Map<string, string>();
  const at = (line: number) => ({ ...(file ? { file } : {}), line });

  const uniqueId = (base: string): string => {
    let id = base;
    for (let i = 1; ids.has(id); i += 1) id = `${base}${String.fromCharCode(97 + i)}`;
    ids.add(id);
    return id;
  };
  const add = (task: Task): Task => {
    tasks.push(task);
    lines.set(task.id, line);
    last = task;
    return task;
  };
  const child = (parent: Task, number: string, text: string): Task => {
    const k = (children.get(parent.id) ?? 0) + 1;
    children.set(parent.id, k);
    return add({ id: uniqueId(`${parent.id}.${k}`), org, number, parent: parent.id, text });
  };

  return {
    tasks,
    findings,
    lines,
    roadmaps,
    /** Starts a new organisation section (or a new part inside one): numbering restarts. */
    startScope(orgCode: string, part = '', scopeLabel = orgCode): void {
      org = orgCode;
      label = scopeLabel;
      prefix = part ? `${part}.` : '';
      numbers = new Map();
      lastByParent = new Map();
      item = undefined;
      bullet = undefined;
      last = undefined;
      loose = 0;
    },
    add(block: OutlineBlock): void {
      line = block.line;
      if (block.kind === 'item') addItem(block.number, block.text, block.line);
      else if (block.kind === 'bullet') {
        const parent = block.level === 2 ? (bullet ?? item) : item;
        // A dash bullet straight under a part, with no numbered item above: a task of its own.
        const task = parent ? child(parent, block.level === 2 ? '+' : '-', block.text) : add({ id: uniqueId(`${org}-${prefix}${++loose}`), org, number: '-', text: block.text });
        if (block.level === 1 || !parent) bullet = task;
      } else if (block.kind === 'text') {
        // "Đối với giai cấp công nhân:" alone on its line is a group label, not a task.
        // "Giao Ban Dân vận … theo dõi, đôn đốc …" closing the plan: the follow-up body (reporting.body), not a task.
        if (item && !isGroupLabel(block.text) && !/^giao\s.+?\stheo dõi/iu.test(block.text)) child(item, '', block.text);
      } else if (block.kind === 'attribute' && last) {
        attach(ownerOf(last), block.fields);
      } else if (block.kind === 'assignment') {
        const fields = { responsible: block.responsible, ...(block.supporting ? { supporting: block.supporting } : {}) };
        if (last && !partHoldsAssignments) attach(ownerOf(last), fields);
        else if (NAMES_TASKS.test(block.text)) assignments.push(block);
        else attach(add({ id: uniqueId(`${org}-${prefix}${++loose}`), org, number: '', text: block.text }), fields);
      }
    },
    /** Part III ("TỔ CHỨC THỰC HIỆN"): its "Giao … chủ trì" lines assign the tasks they name. */
    setAssignmentPart(on: boolean): void {
      partHoldsAssignments = on;
    },
    assignments,
    attach,
  };

  /** "+ " details and unnumbered paragraphs belong to the item above them: so do its attribute lines. */
  function ownerOf(task: Task): Task {
    let owner: Task = task;
    while ((owner.number === '+' || owner.number === '') && owner.parent) {
      owner = tasks.find((t) => t.id === owner.parent) ?? owner;
      if (owner.parent === undefined) break;
    }
    return owner;
  }

  function attach(owner: Task, fields: AttributeFields): void {
    for (const key of ['responsible', 'supporting', 'timeline', 'lead'] as const) {
      const value = fields[key];
      if (!value) continue;
      const prev = owner[key];
      owner[key] = prev && prev !== value ? `${prev}; ${value}` : value;
    }
    if (fields.roadmap) roadmaps.set(owner.id, fields.roadmap);
    if (fields.timeline) {
      const due = dueDateOf(owner.timeline ?? fields.timeline);
      if (due && !owner.deadline) owner.deadline = due;
      const recurrence = recurrenceOf(owner.timeline ?? fields.timeline);
      if (recurrence && !owner.recurrence) owner.recurrence = recurrence;
    }
  }

  function addItem(number: string, text: string, at_line: number): void {
    const line = at_line;
    const parts = number.split('.');
    const parentNumber = parts.slice(0, -1).join('.');
    const n = Number(parts.at(-1));
    const previous = lastByParent.get(parentNumber) ?? 0;
    const seen = numbers.get(number);
    const base = `${org}-${prefix}${number}`;
    const id = uniqueId(base);
    if (seen) {
      findings.push(makeFinding('import/duplicate-number', { ...at(line), taskId: id }, { number, org: label, first: seen.line, id }));
    } else if (n > previous + 1) {
      const missing = Array.from({ length: n - previous - 1 }, (_, i) => [...parts.slice(0, -1), String(previous + 1 + i)].join('.'));
      findings.push(makeFinding('import/skipped-number', { ...at(line), taskId: id }, {
        org: label, previous: previous === 0 ? IMPORT_TEXT.listStart : [...parts.slice(0, -1), String(previous)].join('.'), number, missing: missing.join(', '),
      }));
    }
    lastByParent.set(parentNumber, Math.max(previous, n));
    const parent = parentNumber ? numbers.get(parentNumber)?.id : undefined;
    const task = add({ id, org, number, ...(parent ? { parent } : {}), text });
    if (!seen) numbers.set(number, { id, line });
    else numbers.set(number, { id, line: seen.line });
    item = task;
    bullet = undefined;
  }
}

/** A short line ending in ":" that only names a group ("Đối với giai cấp công nhân:"). */
function isGroupLabel(text: string): boolean {
  return text.length <= 90 && /:$/u.test(text.trim());
}
