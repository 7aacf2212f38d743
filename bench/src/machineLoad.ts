import fs from 'node:fs';
import os from 'node:os';

export interface MachineLoad {
  /** One-minute load average; on 2 cores, above ~2 means something else is competing for the CPU. */
  loadAverage: number;
  /** Share of the last minute some runnable task waited for a CPU (Linux PSI), in %. */
  cpuPressure: number | null;
}

/** How busy the machine is now, to print beside latency figures that depend on it. */
export function machineLoad(): MachineLoad {
  let cpuPressure: number | null = null;
  try {
    const some = fs.readFileSync('/proc/pressure/cpu', 'utf8').split('\n')[0] ?? '';
    cpuPressure = Number(/avg60=([\d.]+)/.exec(some)?.[1] ?? Number.NaN);
  } catch {
    // Not Linux, or PSI is off.
  }
  return { loadAverage: os.loadavg()[0] ?? Number.NaN, cpuPressure };
}

export const describeLoad = ({ loadAverage, cpuPressure }: MachineLoad) =>
  `load average ${loadAverage.toFixed(1)} on ${os.cpus().length} cores` +
  (cpuPressure === null ? '' : `, CPU pressure ${cpuPressure.toFixed(0)}%`);
