import { spawn, type ChildProcess } from 'node:child_process';

/**
 * Kills aerender and everything it started. aerender launches After Effects as a child
 * process (AfterFX.com / the app's render process), and killing only aerender leaves AE
 * running with the project open. On POSIX the child was spawned as the leader of its own
 * process group, so signalling the group reaches AE too; Windows has `taskkill /T`.
 */
export function killTree(child: ChildProcess, signal: NodeJS.Signals = 'SIGKILL'): void {
  const pid = child.pid;
  if (pid === undefined) return;
  if (process.platform === 'win32') {
    spawn('taskkill', ['/pid', String(pid), '/T', '/F'], { stdio: 'ignore', windowsHide: true }).on('error', () => child.kill());
    return;
  }
  try {
    process.kill(-pid, signal);
  } catch (error) {
    // ESRCH: the group is already gone; anything else, fall back to the one process.
    if ((error as NodeJS.ErrnoException).code !== 'ESRCH') child.kill(signal);
  }
}
