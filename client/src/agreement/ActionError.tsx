/** The server's refusal, next to the control that asked. */
export function ActionError({ error }: { error: string | null }) {
  if (!error) return null;
  return (
    <p className="field-error action-error" role="alert">
      {error}
    </p>
  );
}
