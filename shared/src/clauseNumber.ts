/** The label of the clause at 1-based `number`, e.g. "Article 3". */
export function clauseLabel(number: number): string {
  return `Article ${number}`;
}
