import { CloseCode } from '@pactum/shared';
import * as decoding from 'lib0/decoding';
import * as Y from 'yjs';
import type { FrameOutcome } from './FuzzSocket.ts';

/** A frame the server neither answers nor closes on within this is a failure. */
export const FRAME_TIMEOUT_MS = 20_000;

/** Close codes that say the frame was refused before anything was applied. */
const REFUSED_UNAPPLIED = new Set<number>([
  CloseCode.MalformedMessage,
  CloseCode.UpdateTooLarge,
  CloseCode.Resync,
  CloseCode.MessageTooBig,
  CloseCode.TooManyUpdates,
]);

export interface KindFigures {
  sent: number;
  accepted: number;
  maxMs: number;
  closes: Record<string, number>;
}

/** What the clients in frames did to one treaty: which were let in, which only refused. */
export interface TreatyClients {
  applied: Set<number>;
  refused: Set<number>;
}

/** The frames check's counters over every treaty it fuzzed. */
export class FramesTally {
  readonly failures: string[] = [];
  readonly byKind = new Map<string, KindFigures>();
  readonly closes = new Map<number, number>();
  sent = 0;
  accepted = 0;
  unanswered = 0;
  slowest = { kind: '', ms: 0 };
  sneakedClients = 0;
  clausesLeft = Number.POSITIVE_INFINITY;
  readonly bystanderEdits: number[] = [];
  bystanderCloses = 0;
  /** Why fuzzing authors were replaced by new copies of the treaty, over all treaties. */
  readonly authorCopies = new Map<string, number>();
  readonly treatySizes: Array<{ kiB: number; clients: number }> = [];
  fuzzSeconds = 0;

  constructor(readonly seed: number) {}

  record(kind: string, bytes: Uint8Array, outcome: FrameOutcome, clients: TreatyClients): void {
    const figures = this.byKind.get(kind) ?? { sent: 0, accepted: 0, maxMs: 0, closes: {} };
    this.byKind.set(kind, figures);
    figures.sent++;
    figures.maxMs = Math.max(figures.maxMs, Math.round(outcome.ms));
    if (outcome.ms > this.slowest.ms) this.slowest = { kind, ms: Math.round(outcome.ms) };
    if (outcome.accepted) {
      this.accepted++;
      figures.accepted++;
    } else if ('timedOut' in outcome) {
      this.unanswered++;
      this.failures.push(`no answer to a "${kind}" frame within ${FRAME_TIMEOUT_MS} ms (seed ${this.seed})`);
    } else {
      this.closes.set(outcome.code, (this.closes.get(outcome.code) ?? 0) + 1);
      figures.closes[outcome.code] = (figures.closes[outcome.code] ?? 0) + 1;
      if (outcome.code === 1006 || outcome.code === 0)
        this.failures.push(`a "${kind}" frame ended the socket without a close code (seed ${this.seed})`);
    }
    const refused =
      !outcome.accepted &&
      'code' in outcome &&
      REFUSED_UNAPPLIED.has(outcome.code) &&
      outcome.reason !== 'update depends on unknown changes';
    for (const client of clientsIn(bytes)) (refused ? clients.refused : clients.applied).add(client);
  }

  closeList(): string {
    return (
      [...this.closes]
        .sort(([a], [b]) => a - b)
        .map(([code, n]) => `${code} ×${n}`)
        .join(', ') || 'none'
    );
  }
}

/** The client ids whose structs a frame carries, if it is a sync update Yjs can decode. */
function clientsIn(frame: Uint8Array): number[] {
  try {
    const decoder = decoding.createDecoder(frame);
    if (decoding.readVarUint(decoder) !== 0) return [];
    if (decoding.readVarUint(decoder) === 0) return [];
    const { structs } = Y.decodeUpdate(decoding.readVarUint8Array(decoder));
    return [...new Set(structs.map((struct) => struct.id.client))];
  } catch {
    return [];
  }
}
