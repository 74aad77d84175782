/**
 * ISSUE-13 item 13 (WCAG 2.1.1, axe "scrollable-region-focusable"): a table
 * wider than the window scrolls sideways inside antd's scroll container, which
 * a keyboard cannot reach. This makes every such container that actually
 * overflows focusable (arrow keys then scroll it) and takes it out again when
 * it fits. antd offers no prop for it, so the page is watched.
 */
const selector = '.ant-table-content, .ant-table-body';

export function markScrollRegions(root: ParentNode): void {
  for (const region of root.querySelectorAll<HTMLElement>(selector)) {
    const overflows = region.scrollWidth > region.clientWidth + 1;
    if (overflows && region.getAttribute('tabindex') !== '0') region.setAttribute('tabindex', '0');
    if (!overflows && region.getAttribute('tabindex') === '0') region.removeAttribute('tabindex');
  }
}

export function watchScrollRegions(root: HTMLElement): () => void {
  let scheduled = false;
  const schedule = () => {
    if (scheduled) return;
    scheduled = true;
    requestAnimationFrame(() => {
      scheduled = false;
      markScrollRegions(root);
    });
  };
  const observer = new MutationObserver(schedule);
  observer.observe(root, { childList: true, subtree: true });
  window.addEventListener('resize', schedule);
  schedule();
  return () => {
    observer.disconnect();
    window.removeEventListener('resize', schedule);
  };
}
