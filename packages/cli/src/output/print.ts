import Table from 'cli-table3';

export interface OutputOptions {
  json?: boolean;
}

/** `--json` prints one machine-readable document; otherwise a human table. */
export function printResult<T>(data: T, options: OutputOptions, human: (data: T) => string): void {
  if (options.json) process.stdout.write(`${JSON.stringify(data, null, 2)}\n`);
  else process.stdout.write(`${human(data)}\n`);
}

export function renderTable(head: string[], rows: Array<Array<string | number | null | undefined>>): string {
  const table = new Table({ head, style: { head: [], border: [] } });
  for (const row of rows) table.push(row.map((cell) => (cell === null || cell === undefined ? '' : String(cell))));
  return table.toString();
}
