import { createPartitionsCommand } from '@flatrender/server';
import { usageError } from '../../errors';
import { printResult, renderTable } from '../../output/print';

export async function partitionsCommand(options: { months: string; json?: boolean }): Promise<void> {
  const months = Number(options.months);
  if (!Number.isInteger(months) || months < 1 || months > 120) {
    throw usageError(`--months must be a whole number from 1 to 120 (got "${options.months}")`);
  }
  const result = await createPartitionsCommand({ months });
  printResult(result, options, (r) =>
    r.rows.length === 0
      ? `${r.database}: partitions for the next ${months} month(s) already exist`
      : `${r.database}:\n${renderTable(Object.keys(r.rows[0] ?? {}), r.rows.map((row) => Object.values(row).map(String)))}`,
  );
}
