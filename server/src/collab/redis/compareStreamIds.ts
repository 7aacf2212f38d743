/** Orders two stream entry ids (`<milliseconds>-<sequence>`): negative, zero or positive. */
export function compareStreamIds(a: string, b: string): number {
  const [aTime, aSeq] = parts(a);
  const [bTime, bSeq] = parts(b);
  if (aTime !== bTime) return aTime < bTime ? -1 : 1;
  return aSeq === bSeq ? 0 : aSeq < bSeq ? -1 : 1;
}

function parts(id: string): [bigint, bigint] {
  const [time = '0', seq = '0'] = id.split('-');
  // Both parts are 64-bit: beyond what a number holds exactly.
  return [BigInt(time), BigInt(seq)];
}
