import type { ReactNode } from 'react';
import { SignOutButton } from '../access/SignOutButton.tsx';
import { Link } from '../router/Link.tsx';

interface AppHeaderProps {
  children?: ReactNode;
  /** At the right end: who is signed in (a sign-out button follows it). */
  end?: ReactNode;
}

export function AppHeader({ children, end }: AppHeaderProps) {
  return (
    <header className="app-header">
      <Link to="/" className="brand">
        Pactum
      </Link>
      <div className="app-header-middle">{children}</div>
      {end}
      {end && <SignOutButton />}
    </header>
  );
}
