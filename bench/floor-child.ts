// A floor pass over a share of the files, in a process of its own: two of these at once show how
// much two cores give parse-bound work on this machine (bench/run.ts). `exceljs`: the exceljs load;
// `xml`: the unzip + XML floor.
// Usage: node bench/floor-child.ts <file-list> <part> <parts> [exceljs|xml]   (prints the milliseconds)
import { readFile } from 'node:fs/promises';
import { z } from 'zod';
import { exceljsLoadPass, xmlFloorPass } from './floor.ts';

const Args = z.tuple([z.string(), z.coerce.number().int().min(0), z.coerce.number().int().min(1), z.enum(['exceljs', 'xml']).default('exceljs')]);
const [list, part, parts, mode] = Args.parse(process.argv.slice(2));
const files = (await readFile(list, 'utf8')).split('\n').filter((f, i) => f !== '' && i % parts === part);
process.stdout.write(`${JSON.stringify({ files: files.length, ms: await (mode === 'xml' ? xmlFloorPass(files) : exceljsLoadPass(files)) })}\n`);
