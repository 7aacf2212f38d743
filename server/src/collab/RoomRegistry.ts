import { CloseCode } from '@pactum/shared';
import { Room, type RoomDeps } from './Room.ts';

/** The rooms currently in memory, one per treaty with at least one connection. */
export class RoomRegistry {
  readonly #rooms = new Map<string, Room>();

  constructor(private readonly deps: RoomDeps) {}

  /** The live room of `treatyId`, loading it from the store if needed (throws if that fails). */
  open(treatyId: string): Room {
    const existing = this.#rooms.get(treatyId);
    if (existing) return existing;
    const room = Room.load(treatyId, this.deps, (closed) => {
      if (this.#rooms.get(treatyId) === closed) this.#rooms.delete(treatyId);
    });
    this.#rooms.set(treatyId, room);
    return room;
  }

  get(treatyId: string): Room | undefined {
    return this.#rooms.get(treatyId);
  }

  all(): Room[] {
    return [...this.#rooms.values()];
  }

  get size(): number {
    return this.#rooms.size;
  }

  /** Commits every queued update now, with `alongside` in the same transaction. */
  commit(alongside?: () => void): void {
    this.deps.commits.flush(alongside);
  }

  /**
   * Commits everything, answers every waiting barrier and unloads every room,
   * closing its connections with 1012 so clients reconnect to the next server
   * by themselves and resend whatever was not confirmed.
   */
  closeAll(): void {
    this.deps.commits.flush();
    for (const room of [...this.#rooms.values()]) room.unload(CloseCode.ServiceRestart);
  }
}
