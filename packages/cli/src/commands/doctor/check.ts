export type CheckStatus = 'ok' | 'warn' | 'fail';

export interface CheckResult {
  name: string;
  status: CheckStatus;
  /** A failing required check makes `doctor` exit 1; an optional one only warns. */
  required: boolean;
  detail: string;
  /** What to do about it, when status is not ok. */
  fix?: string;
}

export type Check = () => Promise<CheckResult>;

/** A check that throws is reported as failed with its message, never as a crash. */
export async function runCheck(name: string, required: boolean, check: Check): Promise<CheckResult> {
  try {
    return await check();
  } catch (error) {
    return { name, required, status: required ? 'fail' : 'warn', detail: error instanceof Error ? error.message : String(error) };
  }
}
