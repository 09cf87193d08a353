import { ExitCode, ExitError } from '../../errors';
import { printResult, renderTable } from '../../output/print';
import { runCheck, type CheckResult } from './check';
import { checkAerender, checkBrowser, checkDatabase, checkNode, checkRemotionBinaries } from './checks';

export interface DoctorReport {
  ok: boolean;
  checks: CheckResult[];
}

export async function collectDoctorReport(env: NodeJS.ProcessEnv = process.env): Promise<DoctorReport> {
  const binaryChecks = await checkRemotionBinaries().catch((error: unknown): CheckResult[] => [
    { name: 'ffmpeg', required: true, status: 'fail', detail: String(error) },
  ]);
  const checks = [
    await runCheck('node', true, checkNode),
    await runCheck('database', true, () => checkDatabase(env)),
    await runCheck('browser', true, checkBrowser),
    ...binaryChecks,
    await runCheck('aerender', false, () => checkAerender(env)),
  ];
  return { ok: checks.every((check) => check.status !== 'fail'), checks };
}

const MARK = { ok: 'ok', warn: 'warn', fail: 'FAIL' } as const;

export async function doctorCommand(options: { json?: boolean }): Promise<void> {
  const report = await collectDoctorReport();
  printResult(report, options, ({ checks }) =>
    renderTable(
      ['check', 'status', 'detail', 'fix'],
      checks.map((check) => [check.name, MARK[check.status], check.detail, check.fix]),
    ),
  );
  // Exit 1 without another message: the table already says what is wrong and how to fix it.
  if (!report.ok) throw new ExitError(ExitCode.error, '');
}
