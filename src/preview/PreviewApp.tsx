// The preview page: the workbook on the left, the real task pane on the right, as Excel shows an add-in.
import * as React from "react";
import { a1, type WorkbookPort } from "../core";
import { App } from "../taskpane/components/App";
import { useAfterFirstPaint } from "../taskpane/components/after-paint";
import { Grid } from "./Grid";
import type { PreviewWorkbook } from "./preview-workbook";

function SheetTabs({ wb }: { wb: PreviewWorkbook }) {
  const view = React.useSyncExternalStore(wb.view.watch, wb.view.get);
  if (view.tabs.length === 0) return null;
  return (
    <div className="tabs" role="tablist" aria-label="Các trang tính">
      {view.tabs.map((name) => (
        <button
          key={name}
          role="tab"
          aria-selected={name === view.active}
          className="tab"
          onClick={() => wb.view.activate(name)}
        >
          {name}
        </button>
      ))}
    </div>
  );
}

function FormulaBar({ wb }: { wb: PreviewWorkbook }) {
  const view = React.useSyncExternalStore(wb.view.watch, wb.view.get);
  if (!view.active) return null;
  const { row, col } = view.activeCell;
  const ref = a1(row, col);
  return (
    <div className="formula-bar" aria-label="Thanh công thức">
      <span className="name-box">{ref}</span>
      <span className="formula-text">{wb.cells.editText(view.active, row, col)}</span>
    </div>
  );
}

function Notice({ wb }: { wb: PreviewWorkbook }) {
  const view = React.useSyncExternalStore(wb.view.watch, wb.view.get);
  return (
    <div className="notice" role="status" aria-live="polite">
      {view.notice ?? ""}
    </div>
  );
}

export interface PreviewAppProps {
  /** The workbook, still loading when the page first shows. */
  workbook: Promise<PreviewWorkbook>;
  /** The pane's port to it (calls wait for the workbook). */
  port: WorkbookPort;
  language: "vi" | "en";
  /** Called once the pane has been painted: the time to start loading what is not needed to show it. */
  onShown?: () => void;
}

export function PreviewApp({ workbook, port, language, onShown }: PreviewAppProps) {
  const [wb, setWb] = React.useState<PreviewWorkbook>();
  useAfterFirstPaint(onShown);
  React.useEffect(() => {
    let live = true;
    void workbook.then((loaded) => live && setWb(loaded));
    return () => {
      live = false;
    };
  }, [workbook]);
  return (
    <div className="preview">
      <main className="workbook" aria-label="Sổ tính (xem trước)">
        <h1 className="sr-only">Xem trước biểu mẫu thống kê THADS 05/06</h1>
        {wb ? (
          <>
            <FormulaBar wb={wb} />
            <Grid wb={wb} />
            <Notice wb={wb} />
            <SheetTabs wb={wb} />
          </>
        ) : (
          <div className="empty-workbook" role="note">
            Đang tải sổ tính…
          </div>
        )}
      </main>
      <aside className="pane" aria-label="Ngăn tác vụ THADS">
        <App port={port} language={language} />
      </aside>
    </div>
  );
}
