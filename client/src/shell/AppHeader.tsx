import type { ReactNode } from 'react';
import { Link } from '../router/Link.tsx';

interface AppHeaderProps {
  children?: ReactNode;
  /** At the right end: who is signed in. */
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
    </header>
  );
}
