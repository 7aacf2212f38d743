import type { Commitment } from '@pactum/shared';

/** A commitment as the write functions take it: no id, and no empty optional fields. */
export function commitmentOf(fields: Commitment & { id?: string }): Commitment {
  const { party, domain, capability, quantity, unit } = fields;
  return {
    party,
    domain,
    capability,
    ...(quantity !== undefined && { quantity }),
    ...(unit !== undefined && unit.trim() !== '' && { unit }),
  };
}

/** Empty means no quantity; anything else is left to the shared validation ("must be a number"). */
export function parseQuantity(text: string): number | undefined {
  return text.trim() === '' ? undefined : Number(text.trim());
}

export function quantityValue(quantity: number | undefined): string {
  return quantity === undefined ? '' : String(quantity);
}
