import { type ReactNode, useRef } from 'react';
import { useFocusTrap } from '../lib/useFocusTrap.ts';

interface PanelFocusScopeProps {
  onClose: () => void;
  /** Where focus goes on close when the control that opened the panel is gone (e.g. the text). */
  onOpenerGone?: () => void;
  children: ReactNode;
}

/**
 * Around the side panel, whichever it shows (an article's tags, its history,
 * the parties; the read-only note too): Tab stays inside while it is open,
 * Escape closes it, and focus goes back to the control that opened it. It
 * takes no box of its own (`display: contents`), so the layout is the panel's.
 */
export function PanelFocusScope({ onClose, onOpenerGone, children }: PanelFocusScopeProps) {
  const scope = useRef<HTMLDivElement>(null);
  // The panel puts focus on its own heading when it opens (SidePanel).
  useFocusTrap(scope, { onEscape: onClose, onOpenerGone, focusFirst: false });
  return (
    <div ref={scope} className="panel-focus-scope">
      {children}
    </div>
  );
}
