// The soak's churners, in a process of their own: each visit loads a whole
// treaty into a fresh Y.Doc, which grows with the treaty, and that work must
// not delay the clock of the process that times the typists' edits.
import * as prng from 'lib0/prng';
import { Churner } from './Churner.ts';
import type { ChurnerPlan, ChurnerProcessMessage } from './ChurnerProcess.ts';

const send = (message: ChurnerProcessMessage, then: () => void = () => {}) =>
  process.send?.(message, undefined, {}, then);

process.once('message', (plan: ChurnerPlan) => {
  const gen = prng.create(plan.seed);
  const churners = plan.visitors.map(
    ({ index, url, headers, writes }) => new Churner(index, url, headers, gen, writes),
  );
  for (const churner of churners) churner.start();
  send({ type: 'started' });
  process.once('message', async () => {
    await Promise.all(churners.map((churner) => churner.stop()));
    send(
      {
        type: 'stopped',
        joins: churners.reduce((sum, churner) => sum + churner.joins, 0),
        failures: churners.flatMap((churner) => churner.failures.slice(0, 3)),
      },
      () => process.exit(0),
    );
  });
});
