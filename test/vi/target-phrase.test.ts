import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { parse } from 'yaml';
import { PlanSchema } from '../../src/model/plan.ts';
import { TargetCandidateSchema } from '../../src/model/target-candidate.ts';
import { parseNumberWords } from '../../src/vi/number-words.ts';
import { findTargets } from '../../src/vi/target-phrase.ts';

type Row = [phrase: string, expected: Record<string, unknown>];

/** Every target phrase of decision 1388-QĐ/TU, as written (typos included). */
const DECISION_PHRASES: Row[] = [
  ['Phấn đấu 100% khu dân cư tổ chức sinh hoạt Ngày hội Đại đoàn kết toàn dân tộc', { comparator: 'gte', value: 100, unit: '%', kind: 'percent' }],
  ['Phát triển ít nhất 600 hội viên cựu chiến binh', { comparator: 'gte', value: 600, unit: 'hội viên', kind: 'count' }],
  ['xóa nghèo trong hội viên từ 15 - 20% trên tổng số hộ nghèo cuối năm 2023', { comparator: 'between', value: 15, max: 20, unit: '%', kind: 'percent', baseline: 'trên tổng số hộ nghèo cuối năm 2023' }],
  ['Xây dựng quỹ hội đạt bình quân 900.000 đồng/hội viên', { comparator: 'gte', value: 900000, unit: 'đồng', kind: 'rate', per: 'hội viên' }],
  ['xây dựng, sửa chữa 20 nhà mái ấm đồng đội', { comparator: 'gte', value: 20, unit: 'nhà', kind: 'count' }],
  ['nâng tỷ lệ tập hợp cựu quân nhân trên 70% tại các địa phương', { comparator: 'gt', value: 70, unit: '%', kind: 'percent' }],
  ['tổ chức sinh hoạt với các hình thức phù hợp, thiết thực ít nhất 02 lần/năm', { comparator: 'gte', value: 2, unit: 'lần', kind: 'rate', per: 'năm' }],
  ['Phấn đấu phát triển 10 câu lạc bộ Cựu quân nhân trở lên', { comparator: 'gte', value: 10, unit: 'câu lạc bộ', kind: 'count' }],
  ['Trồng mới 150.000 cây xanh', { comparator: 'gte', value: 150000, unit: 'cây', kind: 'count' }],
  ['Phối hợp tư vấn hướng nghiệp cho 60.000 lượt thanh thiếu niên', { comparator: 'gte', value: 60000, unit: 'lượt', kind: 'count' }],
  ['tỷ lệ đoàn kết, tập hợp thanh niên tăng 2% so với năm 2023', { comparator: 'gte', value: 2, unit: '%', kind: 'percent', baseline: 'so với năm 2023' }],
  ['80% đoàn viên xếp loại hoàn thành xuất sắc nhiệm vụ', { comparator: 'gte', value: 80, unit: '%', kind: 'percent' }],
  ['Đề xuất Thường trực Tỉnh ủy chỉ đạo giải quyết ít nhất 01 vụ việc phát sinh mới', { comparator: 'gte', value: 1, unit: 'vụ việc', kind: 'count' }],
  ['đối thoại với cán bộ, hội viên ít nhất 05 địa phương', { comparator: 'gte', value: 5, unit: 'địa phương', kind: 'count' }],
  ['trong đó có ít nhất 35 đảng viên mới được kết nạp từ học sinh, sinh viên', { comparator: 'gte', value: 35, unit: 'đảng viên', kind: 'count' }],
  ['Phân đầu 70% đảng viên mới được kết nạp từ đoàn viên ưu tú trên tổng số đảng viên mới được kết nạp trong toàn Đảng bộ tỉnh', { comparator: 'gte', value: 70, unit: '%', baseline: 'trên tổng số đảng viên mới được kết nạp trong toàn Đảng bộ tỉnh' }],
  ['phân đấu bình quân mỗi công đoàn cơ sở giới thiệu ít nhất 01 đoàn viên ưu tú cho Đảng', { comparator: 'gte', value: 1, unit: 'đoàn viên', kind: 'rate', per: 'công đoàn cơ sở' }],
  ['Bồi dưỡng, giới thiệu 3.500 đoàn viên ưu tú để giới thiệu cho Đảng xem xét', { comparator: 'gte', value: 3500, unit: 'đoàn viên' }],
  ['Xây dựng 15 tổ chức Đoàn, Hội trong các doanh nghiệp ngoài khu vực nhà nước', { comparator: 'gte', value: 15, unit: 'tổ chức' }],
  ['Có 20.000 lượt thanh thiếu nhi được tham gia các hoạt động', { comparator: 'gte', value: 20000, unit: 'lượt' }],
  ['hỗ trợ, giúp đỡ ít nhất 10 thanh niên cai nghiện ma túy thành công', { comparator: 'gte', value: 10, unit: 'thanh niên' }],
  ['cuộc vận động “Tự hào một dải non sông” đến 100% các cấp bộ Đoàn, Hội, Đội', { comparator: 'gte', value: 100, unit: '%' }],
];

/** Sentences holding several targets: [text, [comparator, value, unit][]]. */
const MULTI: Array<[string, Array<[string, number, string]>]> = [
  ['Phân đấu kết nạp mới ít nhất 2.500 đoàn viên công đoàn; thành lập mới 10 công đoàn cơ sở trong các doanh nghiệp ngoài khu vực nhà nước.',
    [['gte', 2500, 'đoàn viên'], ['gte', 10, 'công đoàn cơ sở']]],
  ['Phân đầu có ít nhất 01 mô hình hoạt động hiệu quả được nhân rộng trên 40% huyện, thị xã, thành phố.',
    [['gte', 1, 'mô hình'], ['gt', 40, '%']]],
  ['Phát triển mới 17.000 đoàn viên, 20.000 hội viên thanh niên; 80% đoàn viên xếp loại hoàn thành xuất sắc nhiệm vụ.',
    [['gte', 17000, 'đoàn viên'], ['gte', 20000, 'hội viên'], ['gte', 80, '%']]],
  ['tổ chức ít nhất 02 hoạt động khuyến khích đoàn viên; 02 hoạt động chuyển đổi số trong xây dựng nông thôn mới; 02 hoạt động quảng bá',
    [['gte', 2, 'hoạt động'], ['gte', 2, 'hoạt động'], ['gte', 2, 'hoạt động']]],
  ['Phấn đấu phát triển 10 câu lạc bộ Cựu quân nhân trở lên và 01 câu lạc bộ Cựu chiến binh - cựu quân nhân sản xuất, kinh doanh giỏi cấp huyện.',
    [['gte', 10, 'câu lạc bộ'], ['gte', 1, 'câu lạc bộ']]],
];

/** General forms of comparators, ranges, number words and magnitudes. */
const GENERAL: Row[] = [
  ['tối thiểu 30 hội viên', { comparator: 'gte', value: 30 }],
  ['không dưới 12 lớp tập huấn', { comparator: 'gte', value: 12, unit: 'lớp' }],
  ['không ít hơn 8 buổi', { comparator: 'gte', value: 8, unit: 'buổi' }],
  ['tối đa 3 vụ việc', { comparator: 'lte', value: 3 }],
  ['không quá 5% hộ tái nghèo', { comparator: 'lte', value: 5, unit: '%' }],
  ['tỷ lệ hộ nghèo dưới 2%', { comparator: 'lt', value: 2, unit: '%' }],
  ['đạt 95% chi hội', { comparator: 'gte', value: 95, unit: '%' }],
  ['bằng 100 suất quà', { comparator: 'eq', value: 100, unit: 'suất' }],
  ['hơn 383 tỷ đồng', { comparator: 'gt', value: 383e9, unit: 'đồng', kind: 'money' }],
  ['vận động 1,5 tỷ đồng', { comparator: 'gte', value: 1.5e9, unit: 'đồng', kind: 'money' }],
  ['ủng hộ 500 triệu đồng cho quỹ', { comparator: 'gte', value: 5e8, unit: 'đồng', kind: 'money' }],
  ['giúp 12.000.000 đồng', { value: 12e6, unit: 'đồng', kind: 'money' }],
  ['thu hút 210 ngàn lượt người', { value: 210000, unit: 'lượt' }],
  ['trồng 2 nghìn cây', { value: 2000, unit: 'cây' }],
  ['từ 5 hộ trở lên', { comparator: 'gte', value: 5, unit: 'hộ' }],
  ['20 mô hình trở lên', { comparator: 'gte', value: 20, unit: 'mô hình' }],
  ['từ 85 đến 90% hội viên', { comparator: 'between', value: 85, max: 90, unit: '%' }],
  ['15–20% số hộ', { comparator: 'between', value: 15, max: 20, unit: '%' }],
  ['15 - 20 hội viên', { comparator: 'between', value: 15, max: 20, unit: 'hội viên' }],
  ['ít nhất một mô hình', { comparator: 'gte', value: 1, unit: 'mô hình', confidence: 'low' }],
  ['từ một đến hai công trình', { comparator: 'between', value: 1, max: 2, unit: 'công trình' }],
  ['ít nhất hai mươi lăm hội viên', { comparator: 'gte', value: 25 }],
  ['kết nạp 1,5 đoàn viên', { value: 1.5 }],
  ['trồng 2.58 ha rừng', { value: 2.58, confidence: 'low' }],
  ['Phấn đấu 01 mô hình', { value: 1, confidence: 'high' }],
  ['Phân đấu kết nạp 2.500 đoàn viên', { value: 2500, unit: 'đoàn viên' }],
  ['Phân đầu kết nạp 6716 hội viên', { value: 6716, unit: 'hội viên' }],
  ['giảm tỷ lệ hộ nghèo xuống dưới 2% vào cuối năm', { comparator: 'lt', value: 2, unit: '%' }],
  ['ít nhất 70% trở lên', { comparator: 'gte', value: 70, unit: '%' }],
  ['vận động 6,21 triệu đồng', { value: 6_210_000, unit: 'đồng', kind: 'money' }],
  ['đạt 1.344.522 lượt người tham gia', { comparator: 'gte', value: 1_344_522, unit: 'lượt' }],
  ['trên 1.000 hội viên', { comparator: 'gt', value: 1000, unit: 'hội viên' }],
  ['từ 10-15% số hộ', { comparator: 'between', value: 10, max: 15, unit: '%' }],
  ['đạt 85 % hội viên', { comparator: 'gte', value: 85, unit: '%' }],
  ['tổ chức 2 - 3 lần', { comparator: 'between', value: 2, max: 3, unit: 'lần', kind: 'count' }],
  ['mỗi chi hội có ít nhất 01 mô hình', { comparator: 'gte', value: 1, unit: 'mô hình', kind: 'rate', per: 'chi hội' }],
  ['khóa học 12 tuần cho 40 học viên', { value: 40, unit: 'học viên' }],
  ['kết nạp 2024 hội viên', { value: 2024, unit: 'hội viên', confidence: 'low' }],
  ['tăng ít nhất 5% so với năm 2023', { comparator: 'gte', value: 5, unit: '%', baseline: 'so với năm 2023' }],
  ['đạt tỷ lệ 95% trở lên', { comparator: 'gte', value: 95, unit: '%' }],
  ['từ 2 mô hình trở lên', { comparator: 'gte', value: 2, unit: 'mô hình', confidence: 'high' }],
  ['tối thiểu 01 lần/quý', { comparator: 'gte', value: 1, unit: 'lần', kind: 'rate', per: 'quý' }],
  ['mỗi năm ít nhất 01 mô hình', { comparator: 'gte', value: 1, unit: 'mô hình', kind: 'rate', per: 'năm' }],
  ['huy động trên 2,5 tỷ đồng xây dựng nhà', { comparator: 'gt', value: 2.5e9, unit: 'đồng', kind: 'money' }],
  ['phấn đấu 95% - 100% chi hội đạt vững mạnh', { comparator: 'between', value: 95, max: 100, unit: '%' }],
];

/** Must not yield any target. */
const NEGATIVE: string[] = [
  'ngày 27/12/2023',
  'Hội Cựu chiến binh Việt Nam (06/12/1989 - 06/12/2024)',
  'kèm theo Quyết định số 1388-QĐ/TU, ngày 27/12/2023 của Ban Thường vụ Tỉnh ủy',
  'Quán triệt Nghị quyết số 43-NQ/TW, ngày 24/11/2023',
  'Phối hợp thực hiện tốt Quyết định số 81/2014/QĐ-TTg, ngày 31/12/2024 của Thủ tướng Chính phủ',
  'theo Đề án số 06- ĐA/TU của Ban Thường vụ Tỉnh ủy',
  'theo Đề án số 06-ĐA/TU của Ban Thường vụ Tỉnh ủy',
  'các Đề án của Chính phủ: Đề án 938 “Tuyên truyền”, Đề án 01 về “Hỗ trợ Hợp tác xã”',
  'trọng tâm là Dự án thành phần số 8 “Thực hiện bình đẳng giới”',
  'chào mừng kỷ niệm 35 năm Ngày thành lập Hội Cựu chiến binh Việt Nam, 80 năm Ngày thành lập Quân đội nhân dân Việt Nam',
  'Nghị quyết Đại hội Đảng bộ tỉnh lần thứ XIV, nhiệm kỳ 2020 - 2025',
  'giai đoạn 2021 - 2030, giai đoạn I: từ năm 2021 đến năm 2025',
  'chủ đề năm 2024 của Tỉnh ủy',
  'Ban Chấp hành Đảng bộ tỉnh (khóa XIV), Trung ương Đảng (khóa XIII)',
  'cuộc vận động “Xây dựng gia đình “5 không, 3 sạch”, “5 có, 3 sạch”',
  'Xây dựng gia đình 5 không, 3 sạch',
  'thực hiện Luật Thanh niên 2020, Chương trình phát triển thanh niên',
  'Trưởng Khối thi đua 7 theo dõi việc triển khai thực hiện',
  'Điều 1. Giao nhiệm vụ trọng tâm năm 2024',
  '1. Chấp hành và triển khai thực hiện nghiêm túc các nhiệm vụ',
  'Tờ trình số 524-TTr/BDVTU, ngày 12/12/2023',
  'Nghị định số 37/2023/NĐ-CP, ngày 24/6/2023 của Chính phủ',
  'Đại hội Công đoàn Việt Nam lần thứ XIII, nhiệm kỳ 2023 - 2028 gắn với',
  'giải quyết một số vấn đề xã hội liên quan đến phụ nữ',
  'tại cuộc họp giao ban công tác dân vận quý IV năm 2023',
  'Khu Công nghiệp Hàm Kiệm II, xã Hàm Kiệm',
  'tổ chức lúc 7h30 ngày 5/4/2024 tại hội trường',
  'báo cáo Quý I/2024 gửi trước ngày 05 tháng 4',
  'thực hiện Chỉ thị 05 và Nghị quyết 43 của Bộ Chính trị',
  'Kế hoạch 125 của Tỉnh ủy',
  'tại Tổ dân phố 7, khu phố 3',
  'tham gia Hội thao lần thứ 3',
  'trong 6 tháng đầu năm 2024',
  'sơ kết 05 năm thực hiện Kết luận số 114-KL/TW, ngày 14/7/2015',
];

describe('findTargets: phrases of decision 1388-QĐ/TU', () => {
  it.each(DECISION_PHRASES)('%j → one target %o', (phrase, expected) => {
    const found = findTargets(phrase);
    expect(found).toHaveLength(1);
    expect(found[0]).toMatchObject(expected);
    expect(found[0]?.max).toBe(expected.max);
    expect(found[0]?.per).toBe(expected.per);
    expect(found[0]?.baseline).toBe(expected.baseline);
  });

  it.each(MULTI)('%j → every target in order', (text, expected) => {
    const found = findTargets(text).map((t) => [t.comparator, t.value, t.unit]);
    expect(found).toEqual(expected);
  });
});

describe('findTargets: general forms', () => {
  it.each(GENERAL)('%j → %o', (phrase, expected) => {
    const found = findTargets(phrase);
    expect(found).toHaveLength(1);
    expect(found[0]).toMatchObject(expected);
  });
});

describe('findTargets: not targets', () => {
  it.each(NEGATIVE)('%j → no target', (text) => {
    expect(findTargets(text)).toEqual([]);
  });
});

describe('findTargets: spans and shape', () => {
  it('span → offsets into the original string, even with decomposed letters and NBSP', () => {
    const nfd = 'Phát triển ít nhất 600 hội viên'.normalize('NFD');
    const text = `Mở đầu. ${nfd}\u00A0và nữa`;
    const [t] = findTargets(text);
    expect(t).toBeDefined();
    expect(text.slice(t?.span.start, t?.span.end)).toBe(t?.phrase);
    expect(t?.phrase.normalize('NFC')).toBe('Phát triển ít nhất 600 hội viên');
    expect(t?.unit).toBe('hội viên');
  });

  it('every candidate on the seed decision → valid TargetCandidate, phrase equals its span', () => {
    const text = readFileSync(new URL('../plan-import/fixtures/decision-1388-QD-TU-2024.txt', import.meta.url), 'utf8');
    const found = findTargets(text);
    expect(found.length).toBeGreaterThanOrEqual(40);
    for (const t of found) {
      expect(TargetCandidateSchema.parse(t)).toEqual(t);
      expect(text.slice(t.span.start, t.span.end)).toBe(t.phrase);
    }
  });

  it('each target text of samples/plan-2024.yaml → a candidate with the declared comparator, value, max, unit, per, baseline', () => {
    const plan = PlanSchema.parse(parse(readFileSync(new URL('../../samples/plan-2024.yaml', import.meta.url), 'utf8')));
    expect(plan.targets.length).toBeGreaterThan(0);
    const misses = plan.targets.filter((t) => !findTargets(t.text).some((c) =>
      c.comparator === t.comparator && c.value === t.value && c.max === t.max && c.unit === t.unit
      && c.per === t.per && c.baseline === t.baseline));
    expect(misses.map((t) => t.id)).toEqual([]);
  });
});

describe('parseNumberWords', () => {
  it.each([
    [['một'], 1], [['mười'], 10], [['mười', 'lăm'], 15], [['hai', 'mươi'], 20], [['hai', 'mươi', 'mốt'], 21],
    [['ba', 'mươi', 'tư'], 34], [['một', 'trăm'], 100], [['một', 'trăm', 'linh', 'năm'], 105],
    [['hai', 'nghìn'], 2000], [['năm', 'trăm', 'ngàn'], 500000], [['ba', 'triệu'], 3e6],
  ] as Array<[string[], number]>)('%j → %d', (words, value) => {
    expect(parseNumberWords([...words, 'hội', 'viên'])).toEqual({ value, count: words.length });
  });

  it('a word that is not a number → null', () => {
    expect(parseNumberWords(['mô', 'hình'])).toBeNull();
  });
});
