// Work the first view does not need (other tabs' code, the preview's workbook) starts once that view is
// painted: after the first commit, the next frame, then a task of its own. A timer stands in should frames
// not come (a pane opened hidden), so the work is late at worst, never lost.
import * as React from "react";

export function useAfterFirstPaint(callback: (() => void) | undefined, fallbackMs = 200): void {
  const saved = React.useRef(callback);
  saved.current = callback;
  React.useEffect(() => {
    let done = false;
    const run = () => {
      if (done) return;
      done = true;
      saved.current?.();
    };
    let timer: ReturnType<typeof setTimeout> | undefined;
    const frame =
      typeof requestAnimationFrame === "function"
        ? requestAnimationFrame(() => (timer = setTimeout(run, 0)))
        : undefined;
    const fallback = setTimeout(run, fallbackMs);
    return () => {
      done = true;
      if (frame !== undefined) cancelAnimationFrame(frame);
      clearTimeout(timer);
      clearTimeout(fallback);
    };
  }, []);
}
