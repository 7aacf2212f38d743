import { type ReactNode, useId } from 'react';

interface PanelSectionProps {
  title: string;
  /** Beside the title, e.g. a link to another panel. */
  action?: ReactNode;
  children: ReactNode;
}

export function PanelSection({ title, action, children }: PanelSectionProps) {
  const id = useId();
  return (
    <section className="panel-section" aria-labelledby={id}>
      <div className="panel-section-head">
        <h3 id={id}>{title}</h3>
        {action}
      </div>
      {children}
    </section>
  );
}
