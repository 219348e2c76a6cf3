// Peak resident memory of this process, worker threads included (they share the process).
import { readFileSync, writeFileSync } from 'node:fs';

const STATUS = '/proc/self/status';

function vmHwmMb(): number | null {
  try {
    const m = /VmHWM:\s+(\d+) kB/.exec(readFileSync(STATUS, 'utf8'));
    return m ? Number(m[1]) / 1024 : null;
  } catch {
    return null;
  }
}

/**
 * Measures the peak RSS of a phase. On Linux the kernel's high-water mark (VmHWM) is reset
 * before the phase (writing "5" to /proc/self/clear_refs) and read after it; elsewhere RSS is
 * sampled every 20 ms.
 */
export async function peakRssOf<T>(phase: () => Promise<T>): Promise<{ value: T; peakRssMb: number }> {
  let kernel = false;
  try {
    writeFileSync('/proc/self/clear_refs', '5');
    kernel = vmHwmMb() !== null;
  } catch {
    kernel = false;
  }
  let sampled = process.memoryUsage().rss;
  const timer = setInterval(() => {
    sampled = Math.max(sampled, process.memoryUsage().rss);
  }, 20);
  try {
    const value = await phase();
    const peak = kernel ? (vmHwmMb() ?? 0) : sampled / 1024 / 1024;
    return { value, peakRssMb: Math.max(peak, sampled / 1024 / 1024) };
  } finally {
    clearInterval(timer);
  }
}
