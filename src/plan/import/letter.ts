/**
 * Letters (Công văn) with numbered requests: "1. Mặt trận Tổ quốc Việt Nam và các tổ chức
 * chính trị - xã hội: - … - …", "2. Ban Cán sự đảng Ủy ban nhân dân tỉnh lãnh đạo …",
 * "3. Các huyện, thị, thành ủy …: Chỉ đạo …". Each request goes to the units it names (the
 * six organisations for "Mặt trận … và các tổ chức chính trị - xã hội"), or to every unit of
 * the "Kính gửi" list when it names none; its dash items are its tasks.
 */
import type { OutlineBlock } from '../../model/plan-import.ts';
import type { Organization, Task } from '../../model/plan.ts';
import {
  ASSIGNMENT_LINE, FRONT_AND_UNIONS, KNOWN_ORGANIZATIONS, KNOWN_UNITS, NON_REPORTING_UNITS, ONLY_FOR, REQUEST_SUBJECT, UNIONS_ONLY, UNIT_START,
} from '../../vi/import-words.ts';
import { matchKey } from '../../vi/text.ts';
import { orgNameAtLevel } from '../../vi/labels.ts';
import { dueDateOf, recurrenceOf } from './attributes.ts';
import { organizationFor } from './organizations.ts';

interface Request {
  number: string;
  text: string;
  line: number;
  children: Array<{ text: string; number: string }>;
  fields: Extract<OutlineBlock, { kind: 'attribute' }>['fields'];
}

export interface LetterDraft {
  organizations: Organization[];
  tasks: Task[];
}

/** The requests of a letter as tasks of the units they address; undefined when it has no numbered request. */
export function readLetter(blocks: readonly OutlineBlock[], addressees: readonly string[], startLine: number): LetterDraft | undefined {
  const requests: Request[] = [];
  for (const block of blocks) {
    if (block.line <= startLine) continue;
    if (block.kind === 'end') break;
    const current = requests.at(-1);
    if (block.kind === 'item' && block.level === 1) {
      requests.push({ number: block.number, text: block.text, line: block.line, children: [], fields: {} });
    } else if (!current) {
      continue;
    } else if (block.kind === 'item' || block.kind === 'bullet') {
      current.children.push({ text: block.text, number: block.kind === 'item' ? block.number : block.level === 2 ? '+' : '-' });
    } else if (block.kind === 'attribute') {
      Object.assign(current.fields, block.fields);
    } else if (block.kind === 'text' || block.kind === 'assignment') {
      // "Giao Ban Dân vận Tỉnh ủy theo dõi, đôn đốc …" after the requests: the closing, not a request.
      if (/^giao\s/iu.test(block.text)) break;
      if (!/:$/u.test(block.text)) current.children.push({ text: block.text, number: '' });
    }
  }
  if (requests.length === 0) return undefined;

  const orgs = new Map<string, Organization>();
  const resolve = (phrase: string, reporting: boolean): Organization[] => resolveUnits(phrase, orgs, reporting);
  const everyone = () => addressees.flatMap((a) => resolve(a, !NON_REPORTING_UNITS.test(a)));
  const tasks: Task[] = [];
  for (const r of requests) {
    let text = r.text;
    let units: Organization[];
    const label = /^([^:]{3,160}):\s*(.*)$/u.exec(text);
    const named = addressees.find((a) => matchKey(text).startsWith(matchKey(a)));
    const given = /^giao\s/iu.test(text) ? ASSIGNMENT_LINE.exec(text) : null;
    const subject = !named && !given ? REQUEST_SUBJECT.exec(text)?.[1] : undefined;
    if (label && UNIT_START.test(label[1] as string)) {
      units = resolve(label[1] as string, !NON_REPORTING_UNITS.test(label[1] as string));
      text = (label[2] as string).trim();
    } else if (named) {
      units = resolve(named, !NON_REPORTING_UNITS.test(named));
    } else if (given) {
      units = resolve(given[1] as string, false);
    } else if (subject) {
      units = resolve(subject, !NON_REPORTING_UNITS.test(subject));
    } else {
      units = everyone();
    }
    if (units.length === 0) units = everyone();
    for (const org of units) {
      const base = `${org.code}-${r.number}`;
      const parent = text ? push(tasks, { id: base, org: org.code, number: r.number, text }, r.fields) : undefined;
      let k = 0;
      for (const c of r.children) {
        // The same item keeps the same id suffix in every organisation, even where a "Riêng …" item is left out.
        k += 1;
        const only = ONLY_FOR.exec(c.text)?.[1];
        if (only && !resolveUnits(only, new Map(), true).some((o) => o.code === org.code)) continue;
        push(tasks, { id: `${base}.${k}`, org: org.code, number: c.number || '-', ...(parent ? { parent: parent.id } : {}), text: c.text }, parent ? {} : r.fields);
      }
    }
  }
  const organizations = [...orgs.values()];
  const order = organizations.map((o) => o.code);
  const sorted = tasks.map((t, i) => ({ t, i })).sort((a, b) => order.indexOf(a.t.org) - order.indexOf(b.t.org) || a.i - b.i).map(({ t }) => t);
  return { organizations, tasks: sorted };
}

function push(tasks: Task[], task: Task, fields: Request['fields']): Task {
  if (fields.responsible) task.responsible = fields.responsible;
  if (fields.supporting) task.supporting = fields.supporting;
  if (fields.lead) task.lead = fields.lead;
  if (fields.timeline) {
    task.timeline = fields.timeline;
    const due = dueDateOf(fields.timeline);
    if (due) task.deadline = due;
    const recurrence = recurrenceOf(fields.timeline);
    if (recurrence) task.recurrence = recurrence;
  }
  tasks.push(task);
  return task;
}

/**
 * The organisations a phrase names: the six for "Mặt trận Tổ quốc Việt Nam và các tổ chức
 * chính trị - xã hội"; else each unit of "A và B" / "A, B" (split before a capitalised unit).
 * Organisations already made are reused (by code or name).
 */
export function resolveUnits(phrase: string, orgs: Map<string, Organization>, reporting: boolean): Organization[] {
  const clean = phrase.replace(/^(?:riêng|đề nghị|giao)\s+/iu, '').replace(/[.:;,]+$/u, '').trim();
  const get = (org: Organization): Organization => {
    const existing = orgs.get(org.code) ?? [...orgs.values()].find((o) => matchKey(o.name) === matchKey(org.name));
    if (existing) return existing;
    orgs.set(org.code, org);
    return org;
  };
  const unionsOnly = UNIONS_ONLY.test(clean);
  if (FRONT_AND_UNIONS.test(clean) || unionsOnly) {
    // One level down ("… thị xã", "… huyện"), the six keep their codes and take the level's name.
    const level = /(thị xã|huyện|thành phố)(?![\p{L}])/u.exec(clean)?.[1];
    const named = (name: string) => (level ? orgNameAtLevel(name, level) : name);
    return KNOWN_ORGANIZATIONS.filter((k) => !unionsOnly || k.code !== 'MTTQ').map((k) => get({ code: k.code, name: named(k.name), shortName: k.shortName === 'Tỉnh Đoàn' && level ? 'Đoàn Thanh niên' : k.shortName }));
  }
  const parts = clean.split(/,\s+(?=\p{Lu})|\s+và\s+(?=\p{Lu})/u).map((p) => p.trim()).filter(Boolean);
  return parts.map((name) => {
    const key = name.normalize('NFC').toLocaleLowerCase('vi');
    const unit = KNOWN_UNITS.find((u) => u.pattern.test(key));
    if (unit) {
      const level = /(thị xã|huyện|thành phố)(?![\p{L}])/u.exec(key)?.[1];
      return get({ code: unit.code, name, shortName: level ? unit.shortName.replace(/tỉnh$/u, level) : unit.shortName, reporting: false });
    }
    const { org } = organizationFor(name, new Set());
    const known = orgs.get(org.code);
    if (known) return known;
    return get(reporting && !NON_REPORTING_UNITS.test(name) ? org : { ...org, reporting: false });
  });
}
