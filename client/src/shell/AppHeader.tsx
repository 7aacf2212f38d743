import type { ReactNode } from 'react';
import { useTranslation } from 'react-i18next';
import { SignOutButton } from '../access/SignOutButton.tsx';
import { Link } from '../router/Link.tsx';
import { InterfaceLanguageSwitch } from './InterfaceLanguageSwitch.tsx';

interface AppHeaderProps {
  children?: ReactNode;
  /** At the right end: who is signed in (a sign-out button follows it). */
  end?: ReactNode;
}

export function AppHeader({ children, end }: AppHeaderProps) {
  const { t } = useTranslation();
  return (
    <header className="app-header">
      <Link to="/" className="brand">
        {t('brand')}
      </Link>
      <div className="app-header-middle">{children}</div>
      <InterfaceLanguageSwitch />
      {end}
      {end && <SignOutButton />}
    </header>
  );
}
