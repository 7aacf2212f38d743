import * as prng from 'lib0/prng';
import { CrashableServer } from './CrashableServer.ts';
import { missingEdits } from './missingEdits.ts';
import { type Operation, readOperationLog } from './operationMarkers.ts';
import { PactumRest } from './PactumRest.ts';
import { type Edit, Typist } from './Typist.ts';

/** Settings that make compactions and checkpoints frequent, so kills meet them. */
const BUSY_STORE = {
  PACTUM_COMPACT_AFTER_ROWS: '20',
  PACTUM_CHECKPOINT_IDLE_MS: '100',
  PACTUM_CHECKPOINT_MAX_MS: '400',
};

/** How long a round aimed at an operation waits for the kill switch before killing from outside. */
const AIMED_KILL_TIMEOUT_MS = 8_000;

export type KillMode = 'random' | Operation;

/** What one round does: where the kill is aimed, and when. */
export interface RoundPlan {
  round: number;
  mode: KillMode;
  /** random: ms of typing before the kill. */
  killAfterMs: number;
  /** compaction/checkpoint: the kill lands inside the Nth one… */
  killAt: number;
  /** …right after its first statement (mid-transaction), or this fraction of an average one's duration after it starts. */
  point: 'statement' | 'timed';
  fraction: number;
  seed: number;
}

/** What stays the same across rounds: one data directory, port, token and the treaties typed in. */
export interface RunContext {
  dataDir: string;
  adminToken: string;
  port: number;
  treaties: { sample: string; second: string } | null;
}

export interface RoundResult {
  plan: RoundPlan;
  /** The operation the process was inside when it died, if any. */
  killedInside: Operation | null;
  /** Whether the Nth operation the round aimed at happened (the kill switch fired). */
  reachedTarget: boolean;
  operations: Record<Operation, number>;
  edits: number;
  confirmed: number;
  /** Confirmed edits the restarted server does not have (must be none). */
  lost: Edit[];
  unconfirmed: number;
  /** Edits still missing after the typists reconnected and resent (must be none). */
  missingAfterResend: Edit[];
  versionsConfirmed: number;
  versionsLost: string[];
  auditIntact: boolean;
  restartMs: number;
  stopCode: number | null;
  /** Final close codes the typists were given (must be none). */
  refusals: number[];
}

const sleep = (ms: number) => new Promise((resolve) => setTimeout(resolve, ms));

async function until(condition: () => boolean, timeoutMs: number, what: string): Promise<void> {
  const deadline = Date.now() + timeoutMs;
  while (!condition()) {
    if (Date.now() > deadline) throw new Error(`timed out after ${timeoutMs} ms waiting for ${what}`);
    await sleep(20);
  }
}

/**
 * One round: typists edit two treaties and versions are named while the
 * server is SIGKILLed (at a random moment, or inside a compaction or a
 * version write); the server restarts on the same data directory and must
 * hold every confirmed edit and version before anyone resends; then the
 * typists reconnect, everything they typed must arrive, and a SIGTERM must
 * stop the server cleanly.
 */
export async function runRound(context: RunContext, plan: RoundPlan): Promise<RoundResult> {
  const owned: Owned = { servers: [], typists: [] };
  try {
    return await playRound(context, plan, owned);
  } finally {
    // A round that failed half-way leaves no server process or client behind.
    for (const typist of owned.typists) typist.destroy();
    await Promise.all(owned.servers.map((server) => server.kill9()));
  }
}

interface Owned {
  servers: CrashableServer[];
  typists: Typist[];
}

async function playRound(context: RunContext, plan: RoundPlan, owned: Owned): Promise<RoundResult> {
  const rng = prng.create(plan.seed);
  const server = await CrashableServer.start({
    dataDir: context.dataDir,
    adminToken: context.adminToken,
    port: context.port,
    killSwitch: true,
    env: {
      ...BUSY_STORE,
      SOAK_KILL_IN: plan.mode === 'random' ? 'none' : plan.mode,
      SOAK_KILL_AT: String(plan.killAt),
      SOAK_KILL_FRACTION: String(plan.fraction),
      SOAK_KILL_POINT: plan.point,
    },
  });
  owned.servers.push(server);
  context.port = server.port;
  const rest = new PactumRest(server.url, context.adminToken);
  context.treaties ??= {
    sample: await rest.firstTreatyId(),
    second: await rest.createTreaty('Durability soak'),
  };
  const { sample, second } = context.treaties;
  const typists = [
    [sample, [0, 3]],
    [sample, [1, 4]],
    [sample, [2, 5]],
    [second, [0]],
  ].map(
    ([treatyId, articles], i) =>
      new Typist(
        server.wsUrl,
        treatyId as string,
        context.adminToken,
        `r${plan.round}t${i}`,
        articles as number[],
      ),
  );
  owned.typists.push(...typists);
  await until(() => typists.every((typist) => typist.synced), 30_000, 'the typists to sync');

  let typing = true;
  const typed = typists.map(async (typist, i) => {
    const own = prng.create(plan.seed * 31 + i);
    while (typing) {
      typist.type(own);
      // 33-66 edits a second, a fast typist's pace and more, under the server's 60 a second per socket.
      await sleep(prng.int32(own, 15, 30));
    }
  });
  const versions: Array<{ treatyId: string; id: string }> = [];
  const naming = (async () => {
    for (let n = 0; typing; n++) {
      await sleep(prng.int32(rng, 150, 400));
      const treatyId = prng.bool(rng) ? sample : second;
      const id = await rest.nameVersion(treatyId, `Soak round ${plan.round} version ${n}`);
      if (id) versions.push({ treatyId, id });
    }
  })();

  if (plan.mode === 'random') {
    await sleep(plan.killAfterMs);
    await server.kill9();
  } else {
    await Promise.race([server.exited(), sleep(AIMED_KILL_TIMEOUT_MS)]);
    await server.kill9();
  }
  const diedAt = performance.now();
  typing = false;
  await Promise.all([...typed, naming]);
  const log = readOperationLog(server.stderr);
  // Durable frames the server sent before it died are still read; then the sockets close.
  await until(() => typists.every((typist) => !typist.provider.wsconnected), 10_000, 'the sockets to close');
  // Nobody resends before the stored state is checked.
  for (const typist of typists) typist.disconnect();
  const edits = typists.flatMap((typist) =>
    typist.edits.map((edit) => ({ ...edit, confirmed: typist.isConfirmed(edit) })),
  );

  const restarted = await CrashableServer.start({
    dataDir: context.dataDir,
    adminToken: context.adminToken,
    port: context.port,
    env: BUSY_STORE,
  });
  owned.servers.push(restarted);
  const restartMs = performance.now() - diedAt;
  const stored = new PactumRest(restarted.url, context.adminToken);
  const read = async () =>
    new Map([
      [sample, await stored.articleTexts(sample)],
      [second, await stored.articleTexts(second)],
    ]);
  const lost = missingEdits(edits, await read(), true);
  const versionsLost: string[] = [];
  for (const { treatyId, id } of versions) {
    if (!(await stored.versionIds(treatyId)).has(id)) versionsLost.push(id);
  }

  for (const typist of typists) typist.connect();
  await until(
    () => typists.every((typist) => typist.settled),
    60_000,
    'the typists to resend and be confirmed',
  );
  const missingAfterResend = missingEdits(edits, await read(), false);
  const auditIntact = (await stored.auditIntact(sample)) && (await stored.auditIntact(second));
  for (const typist of typists) typist.destroy();
  const stopCode = await restarted.stop();

  const target = plan.mode === 'random' ? null : plan.mode;
  return {
    plan,
    killedInside: log.interrupted,
    reachedTarget:
      target === null || log.completed[target] + (log.interrupted === target ? 1 : 0) >= plan.killAt,
    operations: log.completed,
    edits: edits.length,
    confirmed: edits.filter((edit) => edit.confirmed).length,
    lost,
    unconfirmed: edits.filter((edit) => !edit.confirmed).length,
    missingAfterResend,
    versionsConfirmed: versions.length,
    versionsLost,
    auditIntact,
    restartMs,
    stopCode,
    refusals: typists.flatMap((typist) => typist.refusals),
  };
}
