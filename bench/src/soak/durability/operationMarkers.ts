/** Store operations the durability check kills the server inside of. */
export type Operation = 'compaction' | 'checkpoint';

const MARKER = /^soak-op (start|end) (compaction|checkpoint) (\d+)$/gm;

/** The line the kill switch writes to stderr when an operation starts or ends. */
export function operationMarker(edge: 'start' | 'end', operation: Operation, n: number): string {
  return `soak-op ${edge} ${operation} ${n}\n`;
}

export interface OperationLog {
  /** Operations that completed, by kind. */
  completed: Record<Operation, number>;
  /** The operation that had started and not ended when the process died, if any. */
  interrupted: Operation | null;
}

/** Reads the markers in a dead server's stderr: how many operations ran, and which one the kill cut short. */
export function readOperationLog(stderr: string): OperationLog {
  const completed: Record<Operation, number> = { compaction: 0, checkpoint: 0 };
  const open = new Set<string>();
  for (const [, edge, operation, n] of stderr.matchAll(MARKER)) {
    const key = `${operation} ${n}`;
    if (edge === 'start') open.add(key);
    else {
      open.delete(key);
      completed[operation as Operation] += 1;
    }
  }
  const [last] = [...open];
  return { completed, interrupted: last ? (last.split(' ')[0] as Operation) : null };
}
