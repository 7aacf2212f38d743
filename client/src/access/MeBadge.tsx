import { type MeJSON, ROLE_LABEL } from '@pactum/shared';

/** Who you are in this treaty: "Olena · UA · Drafter". */
export function MeBadge({ me }: { me: MeJSON }) {
  return (
    <p className="me-badge" data-testid="me-badge" title="You, in this treaty">
      <span className="color-dot" style={{ backgroundColor: me.color }} aria-hidden="true" />
      <span className="me-name">{me.displayName}</span>
      {me.delegation && <span className="me-delegation"> · {me.delegation}</span>}
      <span className={`role-badge is-${me.role}`}>
        <span className="visually-hidden"> · </span>
        {ROLE_LABEL[me.role]}
      </span>
    </p>
  );
}
