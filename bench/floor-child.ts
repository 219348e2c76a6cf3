// The exceljs-load floor over a share of the files, in a process of its own: two of these at
// once show how much two cores give parse-bound work on this machine (bench/run.ts).
// Usage: node bench/floor-child.ts <file-list> <part> <parts>   (prints the milliseconds)
import { readFile } from 'node:fs/promises';
import { z } from 'zod';
import { exceljsLoadPass } from './floor.ts';

const Args = z.tuple([z.string(), z.coerce.number().int().min(0), z.coerce.number().int().min(1)]);
const [list, part, parts] = Args.parse(process.argv.slice(2));
const files = (await readFile(list, 'utf8')).split('\n').filter((f, i) => f !== '' && i % parts === part);
process.stdout.write(`${JSON.stringify({ files: files.length, ms: await exceljsLoadPass(files) })}\n`);
