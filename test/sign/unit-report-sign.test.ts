import { execFileSync } from 'node:child_process';
import { readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { main } from '../../src/cli/main.ts';
import { SAMPLES_DIR } from '../../src/run-demo.ts';
import { captureContext } from '../helpers/cli.ts';
import { unitStore } from '../report/unit-fixture.ts';
import { makePki, pdfsig } from './tools.ts';

/* A district's report written and signed in one go: signed as the district, not as the province. */
describe('baocao report --unit --sign', () => {
  it('LAGI with two .p12 keys → both signatures valid; page 1 names Ban Dân vận Thị ủy La Gi as the signing organisation', async () => {
    const store = unitStore();
    const pki = makePki(join(store.dir, 'pki'), [
      { name: 'signer', cn: 'Nguyễn Văn Hùng', o: 'Ban Dân vận Thị ủy La Gi' },
      { name: 'org', cn: 'Ban Dân vận Thị ủy La Gi', o: 'Thị ủy La Gi' },
    ]);
    writeFileSync(
      store.config,
      readFileSync(store.config, 'utf8')
        .replace('# image: ../samples/ky-so/chu-ky-mau.png', `image: ${join(SAMPLES_DIR, 'ky-so', 'chu-ky-mau.png')}`)
        .replace('# seal: ../samples/ky-so/con-dau-mau.png', `seal: ${join(SAMPLES_DIR, 'ky-so', 'con-dau-mau.png')}`),
    );
    const docx = join(store.dir, 'lagi.docx');
    process.env.BAOCAO_TEST_PW = 'secret';
    const ctx = captureContext();
    const code = await main(['node', 'baocao', 'report', '--plan', join(SAMPLES_DIR, 'plan-2024.yaml'), '--period', '2024-Q1', '--db', store.db, '-o', docx,
      '--unit', 'LAGI', '--units', store.units, '--config', store.config, '--sign', '--p12', pki.p12('signer'), '--org-p12', pki.p12('org'),
      '--password-env', 'BAOCAO_TEST_PW', '--org-password-env', 'BAOCAO_TEST_PW', '--json'], ctx);
    delete process.env.BAOCAO_TEST_PW;
    expect(code).toBe(0);
    const pdf = docx.replace(/\.docx$/, '.pdf');
    expect(pdfsig(pdf)).toEqual(['Signature is Valid.', 'Signature is Valid.']);
    const first = execFileSync('pdftotext', ['-f', '1', '-l', '1', pdf, '-'], { encoding: 'utf8' }).normalize('NFC');
    expect(first).toContain('Ban Dân vận Thị ủy La Gi');
    expect(first).not.toContain('Ban Dân vận Tỉnh ủy');
  }, 120_000);
});
