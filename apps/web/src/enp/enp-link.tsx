import type { MouseEvent, ReactNode } from 'react';
import { enpPath } from './enp-path.ts';
import type { EnpView } from './enp-path.ts';

/** A link to a portal page: a real href (works without script), followed in place when script runs. */
export function EnpLink({ view, go, children, current, className }: {
  view: EnpView; go: (view: EnpView) => void; children: ReactNode; current?: boolean; className?: string;
}) {
  const onClick = (event: MouseEvent<HTMLAnchorElement>) => {
    if (event.button !== 0 || event.metaKey || event.ctrlKey || event.shiftKey || event.altKey) return;
    event.preventDefault();
    go(view);
  };
  return (
    <a href={enpPath(view)} onClick={onClick} {...(current ? { 'aria-current': 'page' as const } : {})} {...(className ? { className } : {})}>
      {children}
    </a>
  );
}
