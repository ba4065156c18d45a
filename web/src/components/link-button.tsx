import type { ReactNode } from 'react';
import { Link } from 'react-router-dom';

/** A link that looks like a button (a link inside a button is not accessible). */
export function LinkButton({ to, children, primary = false, large = false }: { to: string; children: ReactNode; primary?: boolean; large?: boolean }) {
  return (
    <Link to={to} className={`link-button${primary ? ' link-button-primary' : ''}${large ? ' link-button-large' : ''}`}>
      {children}
    </Link>
  );
}
