/**
 * `npm run bench -- <name> [<name> …]` runs bench/<name>.ts. Each benchmark measures its
 * own baseline in the same run and reports a ratio, so figures are comparable across
 * machines; paste the printed table into the README's benchmark section.
 */
import { cpus, totalmem } from 'node:os';

export interface BenchResult {
  name: string;
  rows: Array<Record<string, string | number>>;
  notes?: string[];
}

const BENCHMARKS: Record<string, () => Promise<{ run: () => Promise<BenchResult> }>> = {
  api: () => import('./api'),
  migrate: () => import('./migrate'),
  render: () => import('./render'),
  templates: () => import('./templates'),
};

function machine(): string {
  const cpu = cpus()[0]?.model.trim() ?? 'unknown CPU';
  return `${cpus().length} × ${cpu}, ${Math.round(totalmem() / 2 ** 30)} GiB, Node ${process.versions.node}`;
}

function printTable(result: BenchResult): void {
  const columns = [...new Set(result.rows.flatMap((row) => Object.keys(row)))];
  const line = (cells: string[]) => `| ${cells.join(' | ')} |`;
  console.log(`\n### ${result.name}\n`);
  console.log(line(columns));
  console.log(line(columns.map(() => '---')));
  for (const row of result.rows) console.log(line(columns.map((column) => String(row[column] ?? ''))));
  for (const note of result.notes ?? []) console.log(`\n${note}`);
}

const requested = process.argv.slice(2);
const unknown = requested.filter((name) => !(name in BENCHMARKS));
if (requested.length === 0 || unknown.length > 0) {
  console.error(`usage: npm run bench -- <${Object.keys(BENCHMARKS).join('|')}> …${unknown.length ? ` (unknown: ${unknown.join(', ')})` : ''}`);
  process.exit(2);
}
console.log(`${new Date().toISOString().slice(0, 10)} — ${machine()}`);
for (const name of requested) {
  const module = await BENCHMARKS[name]!();
  printTable(await module.run());
}
