import type { ReactNode } from 'react';
import { IdentityButton } from '../identity/IdentityButton.tsx';
import { Link } from '../router/Link.tsx';

interface AppHeaderProps {
  children?: ReactNode;
  /** Off where the page shows who you are itself (the editor's presence list). */
  showIdentity?: boolean;
}

export function AppHeader({ children, showIdentity = true }: AppHeaderProps) {
  return (
    <header className="app-header">
      <Link to="/" className="brand">
        Pactum
      </Link>
      <div className="app-header-middle">{children}</div>
      {showIdentity && <IdentityButton />}
    </header>
  );
}
