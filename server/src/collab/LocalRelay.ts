import type { Relay, RelaySubscription } from './Relay.ts';

/** A single server process: every connection of a treaty is in its one room, so nothing is relayed. */
export class LocalRelay implements Relay {
  async subscribe(): Promise<RelaySubscription> {
    return { start: async () => {}, stop: async () => {} };
  }

  publishUpdate(): void {}

  publishAwareness(): void {}

  publishControl(): void {}

  onControl(): void {}

  async close(): Promise<void> {}
}
