/** Column letters are computed in one place, by the template that lays the columns out. */
export { columnLetter } from '../template/index.ts';

/** "AB" → 28. */
export function columnIndex(letter: string): number {
  let n = 0;
  for (const ch of letter) n = n * 26 + (ch.charCodeAt(0) - 64);
  return n;
}
