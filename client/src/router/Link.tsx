import type { MouseEvent, ReactNode } from 'react';
import { navigate } from './route.ts';

interface LinkProps {
  to: string;
  className?: string;
  children: ReactNode;
}

/** An ordinary link that navigates in-app, but still opens a new tab on modified clicks. */
export function Link({ to, className, children }: LinkProps) {
  const onClick = (event: MouseEvent<HTMLAnchorElement>) => {
    if (event.button !== 0 || event.metaKey || event.ctrlKey || event.shiftKey || event.altKey) return;
    event.preventDefault();
    navigate(to);
  };
  return (
    <a href={to} className={className} onClick={onClick}>
      {children}
    </a>
  );
}
