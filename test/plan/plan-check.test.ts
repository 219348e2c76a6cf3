import { mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import { parse } from 'yaml';
import type { CliContext } from '../../src/cli/context.ts';
import { main } from '../../src/cli/main.ts';

const SAMPLE = fileURLToPath(new URL('../../samples/plan-2024.yaml', import.meta.url));
const fixture = (name: string) => fileURLToPath(new URL(`./fixtures/${name}`, import.meta.url));

/** Runs `baocao …` in-process, capturing stdout, stderr and the exit code. */
async function run(...args: string[]): Promise<{ code: number; stdout: string; stderr: string }> {
  let stdout = '';
  let stderr = '';
  const ctx: CliContext = {
    stdout: (t) => void (stdout += t),
    stderr: (t) => void (stderr += t),
    isTTY: false,
    exitCode: 0,
  };
  const code = await main(['node', 'baocao', ...args], ctx);
  return { code, stdout, stderr };
}

interface CheckJson {
  ok: boolean;
  counts: { organizations: number; tasks: number; targets: number };
  organizations: { code: string; name: string; tasks: number; targets: number }[];
  targets: { id: string; org: string; taskId: string; text: string; comparator: string; value: number; max: number | null; unit: string }[];
  findings: { code: string; severity: string; message: string; path: string | null; line?: number }[];
}

async function checkJson(file: string): Promise<{ code: number; json: CheckJson }> {
  const r = await run('plan', 'check', file, '--json');
  return { code: r.code, json: JSON.parse(r.stdout) as CheckJson };
}

/**
 * Every quantitative target of decision 1388-QĐ/TU, read from the decision text (not from the
 * sample): organisation, a phrase of the decision that identifies the target, then comparator,
 * value, max and unit as the tool must understand them.
 */
type Row = [org: string, phrase: string, comparator: string, value: number, max: number | null, unit: string];
const DECISION_TARGETS: Row[] = [
  ['MTTQ', 'Phấn đấu 100% khu dân cư', 'gte', 100, null, '%'],
  ['MTTQ', 'ít nhất 01 vụ việc phát sinh mới', 'gte', 1, null, 'vụ việc'],
  ['MTTQ', 'ít nhất 01 mô hình hoạt động hiệu quả', 'gte', 1, null, 'mô hình'],
  ['MTTQ', 'trên 40% huyện, thị xã, thành phố', 'gt', 40, null, '%'],

  ['HLHPN', 'ít nhất 01 vụ việc phát sinh mới', 'gte', 1, null, 'vụ việc'],
  ['HLHPN', 'ít nhất 01 mô hình hiệu quả', 'gte', 1, null, 'mô hình'],
  ['HLHPN', 'trên 40% huyện, thị xã, thành phố', 'gt', 40, null, '%'],

  ['HCCB', 'ít nhất 600 hội viên cựu chiến binh', 'gte', 600, null, 'hội viên'],
  ['HCCB', 'từ 15 - 20% trên tổng số hộ nghèo cuối năm 2023', 'between', 15, 20, '%'],
  ['HCCB', 'bình quân 900.000 đồng/hội viên', 'gte', 900000, null, 'đồng'],
  ['HCCB', '20 nhà mái ấm đồng đội', 'gte', 20, null, 'nhà'],
  ['HCCB', 'ít nhất 05 địa phương', 'gte', 5, null, 'địa phương'],
  ['HCCB', 'ít nhất 01 vụ việc phát sinh mới', 'gte', 1, null, 'vụ việc'],
  ['HCCB', 'cựu quân nhân trên 70%', 'gt', 70, null, '%'],
  ['HCCB', 'ít nhất 02 lần/năm', 'gte', 2, null, 'lần'],
  ['HCCB', '10 câu lạc bộ Cựu quân nhân trở lên', 'gte', 10, null, 'câu lạc bộ'],
  ['HCCB', '01 câu lạc bộ Cựu chiến binh - cựu quân nhân sản xuất, kinh doanh giỏi', 'gte', 1, null, 'câu lạc bộ'],
  ['HCCB', 'ít nhất 01 mô hình hiệu quả', 'gte', 1, null, 'mô hình'],
  ['HCCB', 'trên 40% huyện, thị xã, thành phố', 'gt', 40, null, '%'],

  ['HND', 'ít nhất 01 vụ việc phát sinh mới', 'gte', 1, null, 'vụ việc'],
  ['HND', 'ít nhất 01 mô hình hoạt động hiệu quả', 'gte', 1, null, 'mô hình'],
  ['HND', 'trên 40% huyện, thị xã, thành phố', 'gt', 40, null, '%'],

  ['LDLD', 'ít nhất 2.500 đoàn viên công đoàn', 'gte', 2500, null, 'đoàn viên'],
  ['LDLD', 'thành lập mới 10 công đoàn cơ sở', 'gte', 10, null, 'công đoàn cơ sở'],
  ['LDLD', 'bình quân mỗi công đoàn cơ sở giới thiệu ít nhất 01 đoàn viên ưu tú', 'gte', 1, null, 'đoàn viên'],
  ['LDLD', 'ít nhất 01 vụ việc phát sinh mới', 'gte', 1, null, 'vụ việc'],

  ['TDTN', 'đến 100% các cấp bộ Đoàn, Hội, Đội', 'gte', 100, null, '%'],
  ['TDTN', 'ít nhất 02 mô hình hiệu quả tham gia phòng, chống ma túy', 'gte', 2, null, 'mô hình'],
  ['TDTN', 'ít nhất 10 thanh niên cai nghiện ma túy', 'gte', 10, null, 'thanh niên'],
  ['TDTN', 'ít nhất 02 hoạt động khuyến khích đoàn viên', 'gte', 2, null, 'hoạt động'],
  ['TDTN', '02 hoạt động chuyển đổi số', 'gte', 2, null, 'hoạt động'],
  ['TDTN', '02 hoạt động quảng bá', 'gte', 2, null, 'hoạt động'],
  ['TDTN', 'Trồng mới 150.000 cây xanh', 'gte', 150000, null, 'cây'],
  ['TDTN', '60.000 lượt thanh thiếu niên', 'gte', 60000, null, 'lượt'],
  ['TDTN', 'giới thiệu việc làm cho 10.000 thanh niên', 'gte', 10000, null, 'thanh niên'],
  ['TDTN', '10.000 thanh thiếu nhi yếu thế', 'gte', 10000, null, 'thanh thiếu nhi'],
  ['TDTN', '20.000 lượt thanh thiếu nhi', 'gte', 20000, null, 'lượt'],
  ['TDTN', 'ít nhất 01 vụ việc phát sinh mới', 'gte', 1, null, 'vụ việc'],
  ['TDTN', 'Xây dựng 15 tổ chức Đoàn, Hội', 'gte', 15, null, 'tổ chức'],
  ['TDTN', 'tăng 2% so với năm 2023', 'gte', 2, null, '%'],
  ['TDTN', 'Phát triển mới 17.000 đoàn viên', 'gte', 17000, null, 'đoàn viên'],
  ['TDTN', '20.000 hội viên thanh niên', 'gte', 20000, null, 'hội viên'],
  ['TDTN', '80% đoàn viên xếp loại hoàn thành xuất sắc', 'gte', 80, null, '%'],
  ['TDTN', '3.500 đoàn viên ưu tú', 'gte', 3500, null, 'đoàn viên'],
  ['TDTN', '70% đảng viên mới được kết nạp từ đoàn viên ưu tú', 'gte', 70, null, '%'],
  ['TDTN', 'ít nhất 35 đảng viên mới', 'gte', 35, null, 'đảng viên'],
];

/** Tasks per organisation in the decision: numbered items + "- " sub-items + separate unnumbered paragraphs. */
const DECISION_ORGS = [
  { code: 'MTTQ', name: 'Ủy ban Mặt trận Tổ quốc Việt Nam tỉnh', tasks: 8 + 6 },
  { code: 'HLHPN', name: 'Hội Liên hiệp Phụ nữ tỉnh', tasks: 7 + 5 + 1 },
  { code: 'HCCB', name: 'Hội Cựu chiến binh tỉnh', tasks: 9 + 7 },
  { code: 'HND', name: 'Hội Nông dân tỉnh', tasks: 7 + 6 },
  { code: 'LDLD', name: 'Liên đoàn Lao động tỉnh', tasks: 8 + 4 + 2 },
  { code: 'TDTN', name: 'Tỉnh Đoàn Thanh niên', tasks: 10 + 9 },
];

describe('baocao plan check samples/plan-2024.yaml', () => {
  it('--json on the 2024 sample → ok, exit 0, six organisations with their task and target counts', async () => {
    const { code, json } = await checkJson(SAMPLE);
    expect(code).toBe(0);
    expect(Object.keys(json)).toEqual(['ok', 'counts', 'organizations', 'targets', 'findings']);
    expect(json.ok).toBe(true);
    expect(json.findings.filter((f) => f.severity === 'error')).toEqual([]);
    expect(json.organizations).toEqual(
      DECISION_ORGS.map((o) => ({ ...o, targets: DECISION_TARGETS.filter(([org]) => org === o.code).length })),
    );
    expect(json.counts).toEqual({ organizations: 6, tasks: 89, targets: DECISION_TARGETS.length });
  });

  it('--json on the 2024 sample → every target of the decision text, with its comparator, value, max and unit', async () => {
    const { json } = await checkJson(SAMPLE);
    const found = DECISION_TARGETS.map(([org, phrase]) => {
      const matches = json.targets.filter((t) => t.org === org && t.text.includes(phrase));
      expect(matches, `${org}: "${phrase}"`).toHaveLength(1);
      const t = matches[0]!;
      return [t.org, phrase, t.comparator, t.value, t.max, t.unit];
    });
    expect(found).toEqual(DECISION_TARGETS);
    // Nothing extra: every target in the output is one of the decision's.
    expect(json.targets).toHaveLength(DECISION_TARGETS.length);
  });

  it('--json target rows → exactly the documented keys; org and taskId agree with the plan tasks', async () => {
    const { json } = await checkJson(SAMPLE);
    const plan = parse(readFileSync(SAMPLE, 'utf8')) as { tasks: { id: string; org: string }[] };
    const orgOfTask = new Map(plan.tasks.map((t) => [t.id, t.org]));
    for (const t of json.targets) {
      expect(Object.keys(t)).toEqual(['id', 'org', 'taskId', 'text', 'comparator', 'value', 'max', 'unit']);
      expect(orgOfTask.get(t.taskId)).toBe(t.org);
    }
  });

  it('the sample keeps HCCB duplicated "7" with unique ids, and no dates or document numbers became targets', async () => {
    const plan = parse(readFileSync(SAMPLE, 'utf8')) as { tasks: { id: string; org: string; number: string }[] };
    const hccbNumbers = plan.tasks.filter((t) => t.org === 'HCCB' && t.number !== '-').map((t) => t.number);
    expect(hccbNumbers).toEqual(['1', '2', '3', '4', '5', '6', '7', '8', '7']);
    const { json } = await checkJson(SAMPLE);
    const values = new Set(json.targets.map((t) => t.value));
    for (const notATarget of [1388, 2020, 2023, 2024, 2025, 2030, 27, 938, 43, 1989]) expect(values.has(notATarget), String(notATarget)).toBe(false);
  });

  it('human output → Vietnamese summary per organisation, target lines, verdict; exit 0', async () => {
    const r = await run('plan', 'check', SAMPLE);
    expect(r.code).toBe(0);
    expect(r.stdout).toContain('HCCB — Hội Cựu chiến binh tỉnh: 16 nhiệm vụ, 12 chỉ tiêu');
    expect(r.stdout).toMatch(/≥ 600 hội viên +— Phát triển ít nhất 600 hội viên cựu chiến binh/);
    expect(r.stdout).toMatch(/15 - 20% +— /);
    expect(r.stdout).toMatch(/≥ 900\.000 đồng\/hội viên +— /);
    expect(r.stdout).toMatch(/> 70% +— /);
    expect(r.stdout).toContain('Tổng cộng: 6 đơn vị, 89 nhiệm vụ, 46 chỉ tiêu.');
    expect(r.stdout.trim().split('\n').at(-1)).toBe('Kết luận: kế hoạch hợp lệ.');
  });

  it('the sample as JSON → the same result as the YAML', async () => {
    const dir = mkdtempSync(join(tmpdir(), 'baocao-plan-'));
    const file = join(dir, 'plan-2024.json');
    writeFileSync(file, JSON.stringify(parse(readFileSync(SAMPLE, 'utf8'))));
    const [fromJson, fromYaml] = await Promise.all([checkJson(file), checkJson(SAMPLE)]);
    expect(fromJson.code).toBe(0);
    expect(fromJson.json).toEqual(fromYaml.json);
  });
});

/** The flattened projection of findings: [code, path, line]. */
const project = (json: CheckJson) => json.findings.map((f) => [f.code, f.path, f.line ?? null]);

describe('baocao plan check on broken plans', () => {
  it('all problems at once (wrong type, missing organisation, duplicate id, unknown task) → each listed with path and line, exit 1', async () => {
    const { code, json } = await checkJson(fixture('all-problems.yaml'));
    expect(code).toBe(1);
    expect(json.ok).toBe(false);
    expect(json.counts).toEqual({ organizations: 0, tasks: 0, targets: 0 });
    expect(project(json)).toEqual([
      ['plan/invalid-field', 'year', 4],
      ['plan/invalid-field', 'targets[0].value', 18],
      ['plan/duplicate-id', 'tasks[2].id', 12],
      ['plan/unknown-org', 'tasks[1].org', 11],
      ['plan/unknown-task', 'targets[1].task', 21],
    ]);
    expect(json.findings.every((f) => f.severity === 'error' && f.message.length > 0)).toBe(true);
  });

  it('wrong types (date, number, comparator) → plan/invalid-field for each, exit 1', async () => {
    const { code, json } = await checkJson(fixture('wrong-type.yaml'));
    expect(code).toBe(1);
    expect(project(json)).toEqual([
      ['plan/invalid-field', 'source.date', 4],
      ['plan/invalid-field', 'reporting.deadline.daysAfterEnd', 5],
      ['plan/invalid-field', 'targets[0].comparator', 11],
    ]);
  });

  it('a task of an organisation not declared → plan/unknown-org, exit 1', async () => {
    const { code, json } = await checkJson(fixture('missing-organization.yaml'));
    expect(code).toBe(1);
    expect(project(json)).toEqual([['plan/unknown-org', 'tasks[1].org', 10]]);
  });

  it('no "organizations" list at all → plan/invalid-field on it, and the task\'s organisation unknown, exit 1', async () => {
    const { code, json } = await checkJson(fixture('no-organizations.yaml'));
    expect(code).toBe(1);
    expect(project(json)).toEqual([
      ['plan/invalid-field', 'organizations', 1],
      ['plan/unknown-org', 'tasks[0].org', 7],
    ]);
  });

  it('duplicate organisation, task and target ids → plan/duplicate-id at each second use, exit 1', async () => {
    const { code, json } = await checkJson(fixture('duplicate-ids.yaml'));
    expect(code).toBe(1);
    expect(project(json)).toEqual([
      ['plan/duplicate-id', 'organizations[1].code', 8],
      ['plan/duplicate-id', 'tasks[1].id', 11],
      ['plan/duplicate-id', 'targets[1].id', 14],
    ]);
  });

  it('a target on an unknown task and a sub-item with an unknown parent → both reported, exit 1', async () => {
    const { code, json } = await checkJson(fixture('unknown-task.yaml'));
    expect(code).toBe(1);
    expect(project(json)).toEqual([
      ['plan/unknown-parent', 'tasks[1].parent', 10],
      ['plan/unknown-task', 'targets[0].task', 12],
    ]);
  });

  it('human output of a broken plan → findings in Vietnamese with field and line, verdict, exit 1', async () => {
    const r = await run('plan', 'check', fixture('all-problems.yaml'));
    expect(r.code).toBe(1);
    expect(r.stdout).toContain('trường targets[1].task, dòng 21');
    expect(r.stdout).toContain('[plan/unknown-task]');
    expect(r.stdout.trim().split('\n').at(-1)).toMatch(/^Kết luận: kế hoạch không hợp lệ \(5 lỗi\)/);
  });

  it('invalid YAML syntax → plan/syntax with its line, exit 1 (the file was read; it has an error)', async () => {
    const { code, json } = await checkJson(fixture('syntax-error.yaml'));
    expect(code).toBe(1);
    expect(project(json)).toEqual([['plan/syntax', null, 3]]);
  });

  it('a missing file → plan/unreadable, exit 2, still one JSON object', async () => {
    const { code, json } = await checkJson(fixture('khong-co-tep-nay.yaml'));
    expect(code).toBe(2);
    expect(json.ok).toBe(false);
    expect(project(json)).toEqual([['plan/unreadable', null, null]]);
  });

  it('no plan argument → bad usage, exit 2, message on stderr', async () => {
    const r = await run('plan', 'check');
    expect(r.code).toBe(2);
    expect(r.stdout).toBe('');
    expect(r.stderr).toContain('Thiếu tham số bắt buộc');
  });

  it('a mistyped command or option → exit 2, commander\'s suggestion in Vietnamese', async () => {
    const command = await run('plan', 'chek', fixture('khong-co-tep-nay.yaml'));
    expect(command.code).toBe(2);
    expect(command.stderr).toContain('Không có lệnh "chek". Có phải ý bạn là "check"?');
    const option = await run('plan', 'check', fixture('khong-co-tep-nay.yaml'), '--jsn');
    expect(option.code).toBe(2);
    expect(option.stderr).toContain('Tùy chọn không hợp lệ: --jsn. Có phải ý bạn là "--json"?');
  });
});
