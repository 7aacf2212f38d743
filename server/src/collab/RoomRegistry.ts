import { CloseCode } from '@pactum/shared';
import { Room, type RoomDeps } from './Room.ts';

/** The rooms currently in memory, one per treaty with at least one connection. */
export class RoomRegistry {
  readonly #rooms = new Map<string, Room>();
  readonly #loading = new Map<string, Promise<Room>>();
  /** Rooms being unloaded: a treaty is loaded again only once its last room has stored everything. */
  readonly #unloading = new Map<string, Promise<void>>();

  constructor(private readonly deps: RoomDeps) {
    deps.relay.onControl((message) => {
      if (message.kind === 'disconnectMember') {
        this.get(message.treatyId)?.disconnectMember(message.memberId, message.code, message.reason);
      }
    });
  }

  /** The live room of `treatyId`, loading it from the store if needed (rejects if that fails). */
  open(treatyId: string): Promise<Room> {
    const existing = this.#rooms.get(treatyId);
    if (existing) return Promise.resolve(existing);
    let loading = this.#loading.get(treatyId);
    if (!loading) {
      loading = this.#load(treatyId);
      this.#loading.set(treatyId, loading);
      const done = () => this.#loading.delete(treatyId);
      loading.then(done, done);
    }
    return loading;
  }

  async #load(treatyId: string): Promise<Room> {
    await this.#unloading.get(treatyId);
    const room = await Room.load(treatyId, this.deps, {
      unloading: (unloading, done) => {
        if (this.#rooms.get(treatyId) === unloading) this.#rooms.delete(treatyId);
        this.#unloading.set(treatyId, done);
        const forget = () => {
          if (this.#unloading.get(treatyId) === done) this.#unloading.delete(treatyId);
        };
        done.then(forget, forget);
      },
      closed: (closed) => {
        if (this.#rooms.get(treatyId) === closed) this.#rooms.delete(treatyId);
      },
    });
    this.#rooms.set(treatyId, room);
    return room;
  }

  /** Closes a member's connections to `treatyId` here and, through the relay, in every other process. */
  disconnectMember(treatyId: string, memberId: string, code: number, reason: string): void {
    this.get(treatyId)?.disconnectMember(memberId, code, reason);
    this.deps.relay.publishControl({ kind: 'disconnectMember', treatyId, memberId, code, reason });
  }

  get(treatyId: string): Room | undefined {
    return this.#rooms.get(treatyId);
  }

  all(): Room[] {
    return [...this.#rooms.values()];
  }

  /** Treaties held in memory: loaded, or still storing what they hold before they unload. */
  get size(): number {
    return new Set([...this.#rooms.keys(), ...this.#unloading.keys()]).size;
  }

  /**
   * Commits everything, answers every waiting barrier and unloads every room,
   * closing its connections with 1012 so clients reconnect to the next server
   * by themselves and resend whatever was not confirmed.
   */
  async closeAll(): Promise<void> {
    await Promise.allSettled(this.#loading.values());
    await this.deps.commits.flush();
    await Promise.all([...this.#rooms.values()].map((room) => room.unload(CloseCode.ServiceRestart)));
    await Promise.all(this.#unloading.values());
  }
}
