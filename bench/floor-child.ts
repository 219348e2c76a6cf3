// A floor pass over a share of the files, in a process of its own: two of these at once show how
// much two cores give parse-bound work on this machine (bench/run.ts). `exceljs`: the exceljs load;
// `xml`: the unzip + XML floor.
// The pass is timed here, inside the process, so that process start-up (node, the modules) is not
// in the figure: the child warms up on one pass over its share, prints "ready", waits for "go" on
// stdin (the parent starts two children's timed passes together), then runs `rounds` passes.
// `cold`: no warm-up pass — the timed pass is the process's first, its code not yet compiled, as a
// fresh ingest worker's first pass over a batch is (bench/README.md, "cold floor").
// Usage: node bench/floor-child.ts <file-list> <part> <parts> <exceljs|xml> <rounds> [cold]
//   prints { files, ms, start, end } (start and end: epoch milliseconds, for the pair's span)
import { readFile } from 'node:fs/promises';
import { createInterface } from 'node:readline';
import { z } from 'zod';
import { exceljsLoadPass, xmlFloorPass } from './floor.ts';

const Args = z.tuple([z.string(), z.coerce.number().int().min(0), z.coerce.number().int().min(1), z.enum(['exceljs', 'xml']), z.coerce.number().int().min(1)], z.literal('cold'));
const [list, part, parts, mode, rounds, cold] = Args.parse(process.argv.slice(2));
const files = (await readFile(list, 'utf8')).split('\n').filter((f, i) => f !== '' && i % parts === part);
const pass = mode === 'xml' ? xmlFloorPass : exceljsLoadPass;

if (cold === undefined) await pass(files);
process.stdout.write('ready\n');
const lines = createInterface({ input: process.stdin });
for await (const line of lines) if (line.trim() === 'go') break;
lines.close();

const now = (): number => performance.timeOrigin + performance.now();
const start = now();
for (let r = 0; r < rounds; r++) await pass(files);
const end = now();
process.stdout.write(`${JSON.stringify({ files: files.length * rounds, ms: end - start, start, end })}\n`);
