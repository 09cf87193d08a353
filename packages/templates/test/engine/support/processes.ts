import { readdirSync, readFileSync } from 'node:fs';

interface ProcessInfo {
  pid: number;
  ppid: number;
  name: string;
  state: string;
}

function readProcess(pid: number): ProcessInfo | null {
  try {
    const stat = readFileSync(`/proc/${pid}/stat`, 'utf8');
    // "pid (name) state ppid …"; the name may contain spaces and parentheses.
    const close = stat.lastIndexOf(')');
    const [state, ppid] = stat.slice(close + 2).split(' ');
    return { pid, ppid: Number(ppid), name: stat.slice(stat.indexOf('(') + 1, close), state: state ?? '?' };
  } catch {
    return null;
  }
}

function allProcesses(): ProcessInfo[] {
  return readdirSync('/proc')
    .filter((entry) => /^\d+$/.test(entry))
    .map((entry) => readProcess(Number(entry)))
    .filter((info): info is ProcessInfo => info !== null);
}

/** Chromium processes below `root` (Linux /proc; the browser and its helpers). */
export function browserProcessesUnder(root: number): number[] {
  const processes = allProcesses();
  const children = new Map<number, ProcessInfo[]>();
  for (const info of processes) children.set(info.ppid, [...(children.get(info.ppid) ?? []), info]);
  const found: number[] = [];
  const queue = [...(children.get(root) ?? [])];
  while (queue.length > 0) {
    const info = queue.shift()!;
    if (/chrom/i.test(info.name)) found.push(info.pid);
    queue.push(...(children.get(info.pid) ?? []));
  }
  return found;
}

/** Which of these pids still run (zombies, already dead but not reaped, do not count). */
export function stillRunning(pids: readonly number[]): number[] {
  return pids.filter((pid) => {
    const info = readProcess(pid);
    return info !== null && info.state !== 'Z';
  });
}
