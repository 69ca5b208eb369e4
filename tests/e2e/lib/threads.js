// The CPU time of the threads of a set of processes (the app and WebKit's processes under
// it), read from /proc: which of WebKit's threads work, and how much.
import { readdirSync, readFileSync } from 'node:fs';

/** Clock ticks per second of /proc's times (USER_HZ, 100 on Linux). */
const TICKS_PER_SECOND = 100;

/** The user and system CPU (ms) each thread of `pids` has spent so far, summed by thread name. */
export function threadCpuMs(pids) {
  const out = {};
  for (const pid of pids) {
    let tasks = [];
    try {
      tasks = readdirSync(`/proc/${pid}/task`);
    } catch {
      continue; // the process ended meanwhile
    }
    for (const tid of tasks) {
      try {
        const stat = readFileSync(`/proc/${pid}/task/${tid}/stat`, 'utf8');
        const name = stat.slice(stat.indexOf('(') + 1, stat.lastIndexOf(')'));
        const fields = stat.slice(stat.lastIndexOf(')') + 2).split(' ');
        const ticks = Number(fields[11]) + Number(fields[12]);
        out[name] = (out[name] ?? 0) + (ticks * 1000) / TICKS_PER_SECOND;
      } catch {
        // The thread ended meanwhile.
      }
    }
  }
  return out;
}
