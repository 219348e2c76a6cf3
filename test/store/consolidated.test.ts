// The store's consolidated workbooks (migration 8): versions per sending unit × period, and
// reports never counted twice across forms and workbooks of different units.
import { describe, expect, it } from 'vitest';
import type { ConsolidatedIdentity, NewConsolidated, NewSubmission } from '../../src/model/index.ts';
import { openStore } from '../../src/store/index.ts';

const HEX = (c: string) => c.repeat(64).slice(0, 64);

function workbook(unit: string, included: Array<[string, string]>, over: { sha?: string; data?: string; at?: string } = {}): NewConsolidated {
  const identity: ConsolidatedIdentity = {
    schema: 'baocao-consolidated/1', planId: 'kh', planHash: 'h', period: '2024-Q2',
    unit: { code: unit, name: unit, level: 'huyện' }, path: [{ code: unit, name: unit, level: 'huyện' }],
    included: included.map(([u, org], i) => ({ unit: u, org, submissionId: i + 1, sha256: `${u}-${org}`, fileName: `${u}-${org}.xlsx` })),
    missing: [], toolVersion: '0.1.0', createdAt: '2024-07-08T00:00:00Z', dataSha256: HEX(over.data ?? 'a'), rowHashes: [], textHashes: [],
  };
  return {
    planId: 'kh', planHash: 'h', fileName: `${unit}.xlsx`, sha256: over.sha ?? `${unit}-${over.data ?? 'a'}`, receivedAt: over.at ?? '2024-07-08T08:00:00+07:00', identity,
    rows: included.map(([u, org]) => ({ unit: u, org, targetId: 't', measure: 'cumulative' as const, value: 1 })), texts: [], findings: [],
  };
}

const form = (unit: string, org: string): NewSubmission => ({
  planId: 'kh', planHash: 'h', org, unit, period: '2024-Q2', fileName: `${unit}-${org}-truc-tiep.xlsx`, sha256: `direct-${unit}-${org}`, receivedAt: '2024-07-05T08:00:00+07:00',
  targets: [], tasks: [], info: { reporterName: '', reporterPhone: '', reportDate: null, signerName: '', signerTitle: '', signerAuthority: '' }, findings: [],
});

describe('consolidated workbooks in the store', () => {
  it('first → accepted; same bytes → duplicate; same data, other bytes → duplicate; new data → superseded; received earlier → archived', () => {
    const store = openStore(':memory:');
    try {
      const first = store.recordConsolidated?.(workbook('H1', [['X1', 'MTTQ']]));
      expect(first?.outcome).toBe('accepted');
      expect(store.recordConsolidated?.(workbook('H1', [['X1', 'MTTQ']]))?.outcome).toBe('duplicate');
      expect(store.recordConsolidated?.(workbook('H1', [['X1', 'MTTQ']], { sha: 'other-bytes' }))?.outcome).toBe('duplicate');
      const second = store.recordConsolidated?.(workbook('H1', [['X1', 'MTTQ'], ['X2', 'MTTQ']], { data: 'b', at: '2024-07-09T08:00:00+07:00' }));
      expect(second?.outcome).toBe('superseded');
      const older = store.recordConsolidated?.(workbook('H1', [['X1', 'HND']], { data: 'c', at: '2024-07-01T08:00:00+07:00' }));
      expect(older?.outcome).toBe('archived');
      expect(store.currentConsolidated?.('kh', '2024-Q2').map((c) => c.identity.dataSha256)).toEqual([HEX('b')]);
      expect(store.consolidatedHistory?.('kh', '2024-Q2', 'H1').map((c) => c.status)).toEqual(['superseded', 'current', 'superseded']);
      expect(store.workbookCovering?.('kh', '2024-Q2', 'X2', 'MTTQ')?.identity.dataSha256).toBe(HEX('b'));
      expect(store.workbookCovering?.('kh', '2024-Q2', 'X1', 'HND')).toBeNull(); // only in the archived version
    } finally {
      store.close();
    }
  });

  it('a commune in two districts’ workbooks, or sent directly too → overlap naming it and the other file; nothing written', () => {
    const store = openStore(':memory:');
    try {
      store.recordConsolidated?.(workbook('H1', [['X1', 'MTTQ'], ['X2', 'HND']]));
      store.recordAccepted(form('X9', 'MTTQ'));
      const log = store.ingestLog().length;
      const r = store.recordConsolidated?.(workbook('H2', [['X2', 'HND'], ['X3', 'HND'], ['X9', 'MTTQ']]));
      expect(r?.outcome).toBe('overlap');
      const overlaps = r?.outcome === 'overlap' ? r.overlaps : [];
      expect(overlaps.map((o) => [o.unit, o.org, o.kind, o.fileName])).toEqual([
        ['X9', 'MTTQ', 'form', 'X9-MTTQ-truc-tiep.xlsx'],
        ['X2', 'HND', 'consolidated', 'H1.xlsx'],
      ]);
      expect(store.currentConsolidated?.('kh', '2024-Q2').map((c) => c.unit)).toEqual(['H1']);
      expect(store.ingestLog()).toHaveLength(log); // the caller logs the refusal with its finding
    } finally {
      store.close();
    }
  });
});
