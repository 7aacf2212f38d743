/** A delegation's code, with its name on hover. */
export function PartyCode({ code, name }: { code: string; name?: string | undefined }) {
  return (
    <abbr className="party-code-inline" title={name ?? code}>
      {code}
    </abbr>
  );
}
