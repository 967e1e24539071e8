// The workbook as an editable grid, Excel's way: arrows move, typing or Enter edits, Enter commits and moves
// down, Escape cancels, Delete clears; locked cells refuse with a notice. Only the active sheet is rendered.
// The ARIA grid pattern: one tab stop (the active cell), arrows inside, Tab and Shift+Tab leave the grid.
import * as React from "react";
import { a1, columnLetter } from "../core";
import { cellStyle, columnPixels } from "./cell-style";
import { displayValue } from "./format";
import { cellKey } from "./marks";
import type { PreviewWorkbook } from "./preview-workbook";
import type { CellMeta, PreviewSheet } from "./sheet-store";

interface Editing {
  row: number;
  col: number;
  text: string;
}

const pos = (row: number, col: number) => `${row},${col}`;

function masterOf(sheet: PreviewSheet, row: number, col: number) {
  return sheet.covered.get(pos(row, col)) ?? { row, col };
}

function step(sheet: PreviewSheet, from: { row: number; col: number }, dRow: number, dCol: number) {
  const right = sheet.cells.get(pos(from.row, from.col))?.mergeToCol ?? from.col;
  const col = Math.min(sheet.lastCol, Math.max(1, (dCol > 0 ? right : from.col) + dCol));
  const row = Math.min(sheet.lastRow, Math.max(1, from.row + dRow));
  return masterOf(sheet, row, col);
}

interface GridCellProps {
  row: number;
  col: number;
  meta: CellMeta | undefined;
  mark: "error" | "warning" | undefined;
  /** The value as the cell shows it. */
  shown: string;
  active: boolean;
  selected: boolean;
  /** The edit box, in the one cell being edited. */
  editor?: React.ReactNode;
}

/**
 * One cell, rendered again only when what it shows changes: an edit re-renders the grid, and without this
 * every cell of the page (hundreds) would be compared and patched before the pane hears of the edit.
 */
const GridCell = React.memo(function GridCell(props: GridCellProps) {
  const { row, col, meta, mark, shown, active, selected, editor } = props;
  const ref = a1(row, col);
  return (
    <td
      role="gridcell"
      data-ref={ref}
      data-row={row}
      data-col={col}
      data-role={meta?.role}
      data-mark={mark}
      colSpan={meta?.mergeToCol ? meta.mergeToCol - col + 1 : undefined}
      tabIndex={active ? 0 : -1}
      aria-label={shown ? `${ref}: ${shown}` : ref}
      aria-selected={active || selected}
      aria-readonly={!meta || meta.locked}
      className={[active ? "active" : "", selected ? "selected" : ""].join(" ").trim() || undefined}
      style={cellStyle(meta, mark)}
    >
      {editor ?? shown}
    </td>
  );
});

export function Grid({ wb }: { wb: PreviewWorkbook }) {
  const view = React.useSyncExternalStore(wb.view.watch, wb.view.get);
  const [editing, setEditingState] = React.useState<Editing>();
  // The editor's blur after Enter must not commit a second time.
  const editingRef = React.useRef<Editing>(undefined);
  const setEditing = (e: Editing | undefined) => {
    editingRef.current = e;
    setEditingState(e);
  };
  const tableRef = React.useRef<HTMLTableElement>(null);
  const sheet = view.active ? wb.cells.sheet(view.active) : undefined;
  const { row: activeRow, col: activeCol } = view.activeCell;

  React.useEffect(() => {
    const td = tableRef.current?.querySelector<HTMLElement>(
      `[data-ref="${a1(activeRow, activeCol)}"]`
    );
    // Keyboard focus follows the active cell only while the grid has it; a selection from the pane
    // moves the active cell without taking focus away from the pane.
    if (
      td &&
      tableRef.current?.contains(document.activeElement) &&
      document.activeElement !== td &&
      !editing
    )
      td.focus({ preventScroll: true });
    // Scrolled into view at the next frame, when the browser lays the page out anyway: a layout forced here
    // would sit between the officer's edit and its finding.
    const frame = requestAnimationFrame(() =>
      td?.scrollIntoView?.({ block: "nearest", inline: "nearest" })
    );
    return () => cancelAnimationFrame(frame);
  }, [activeRow, activeCol, view.active, editing]);

  if (!sheet) {
    return (
      <div className="empty-workbook" role="note">
        Sổ tính chưa có biểu mẫu. Hãy dùng nút «Thêm biểu mẫu» của ngăn bên phải để thêm biểu mẫu
        05-TK/THA hoặc 06-TK/THA.
      </div>
    );
  }

  const commit = (e: Editing, move: [number, number]) => {
    if (!editingRef.current) return;
    setEditing(undefined);
    const result = wb.setCell(sheet.name, e.row, e.col, e.text);
    const next = result.ok ? step(sheet, e, ...move) : e;
    wb.view.moveTo(next.row, next.col);
    tableRef.current
      ?.querySelector<HTMLElement>(`[data-ref="${a1(next.row, next.col)}"]`)
      ?.focus({ preventScroll: true }); // scrolled by the effect above
  };

  const startEdit = (text: string) => {
    const meta = sheet.cells.get(pos(activeRow, activeCol));
    if (!meta || meta.locked) {
      wb.setCell(sheet.name, activeRow, activeCol, text); // refused, with the notice
      return;
    }
    setEditing({ row: activeRow, col: activeCol, text });
  };

  const onKeyDown = (event: React.KeyboardEvent) => {
    if (editing) return;
    const moves: Record<string, [number, number]> = {
      ArrowUp: [-1, 0],
      ArrowDown: [1, 0],
      ArrowLeft: [0, -1],
      ArrowRight: [0, 1],
    };
    if (moves[event.key]) {
      event.preventDefault();
      const next = step(sheet, view.activeCell, ...moves[event.key]);
      wb.view.moveTo(next.row, next.col);
    } else if (event.key === "Enter" || event.key === "F2") {
      event.preventDefault();
      startEdit(wb.cells.editText(sheet.name, activeRow, activeCol));
    } else if (event.key === "Delete" || event.key === "Backspace") {
      event.preventDefault();
      wb.setCell(sheet.name, activeRow, activeCol, "");
    } else if (event.key.length === 1 && !event.ctrlKey && !event.metaKey && !event.altKey) {
      event.preventDefault();
      startEdit(event.key);
    }
  };

  const onEditorKey = (event: React.KeyboardEvent<HTMLInputElement>) => {
    if (!editing) return;
    event.stopPropagation();
    if (event.key === "Enter") {
      event.preventDefault();
      commit({ ...editing, text: event.currentTarget.value }, [event.shiftKey ? -1 : 1, 0]);
    } else if (event.key === "Tab") {
      event.preventDefault();
      commit({ ...editing, text: event.currentTarget.value }, [0, event.shiftKey ? -1 : 1]);
    } else if (event.key === "Escape") {
      event.preventDefault();
      setEditing(undefined);
      tableRef.current
        ?.querySelector<HTMLElement>(`[data-ref="${a1(editing.row, editing.col)}"]`)
        ?.focus();
    }
  };

  const cellAt = (target: EventTarget) => {
    const td = (target as HTMLElement).closest<HTMLElement>("[data-ref]");
    return td ? { row: Number(td.dataset.row), col: Number(td.dataset.col) } : undefined;
  };

  const marks = wb.marks.marked();
  const selected = new Set(view.selected);
  const rows: React.ReactNode[] = [];
  for (let row = 1; row <= sheet.lastRow; row++) {
    const cells: React.ReactNode[] = [];
    for (let col = 1; col <= sheet.lastCol; col++) {
      if (sheet.covered.has(pos(row, col))) continue;
      const meta = sheet.cells.get(pos(row, col));
      const ref = a1(row, col);
      const mark = marks.get(cellKey(sheet.name, row, col));
      const active = row === activeRow && col === activeCol;
      const shown = displayValue(wb.cells.value(sheet.name, row, col), meta?.numberFormat);
      const isEditing = editing && editing.row === row && editing.col === col;
      cells.push(
        <GridCell
          key={col}
          row={row}
          col={col}
          meta={meta}
          mark={mark}
          shown={shown}
          active={active}
          selected={selected.has(ref)}
          editor={
            isEditing ? (
              <input
                className="editor"
                aria-label={`Sửa ô ${ref}`}
                autoFocus
                value={editing.text}
                onChange={(e) => setEditing({ ...editing, text: e.target.value })}
                onKeyDown={onEditorKey}
                onBlur={(e) => commit({ ...editing, text: e.target.value }, [0, 0])}
              />
            ) : undefined
          }
        />
      );
    }
    rows.push(
      <tr key={row} role="row">
        <th role="rowheader" scope="row" className="row-head">
          {row}
        </th>
        {cells}
      </tr>
    );
  }

  return (
    <div className="grid-scroll">
      <table
        ref={tableRef}
        role="grid"
        aria-label={`Trang tính ${sheet.name}`}
        aria-rowcount={sheet.lastRow}
        aria-colcount={sheet.lastCol}
        className="grid"
        onKeyDown={onKeyDown}
        onClick={(e) => {
          const at = cellAt(e.target);
          if (at && !(editing && editing.row === at.row && editing.col === at.col))
            wb.view.moveTo(at.row, at.col);
        }}
        onDoubleClick={(e) => {
          const at = cellAt(e.target);
          if (at && at.row === activeRow && at.col === activeCol)
            startEdit(wb.cells.editText(sheet.name, at.row, at.col));
        }}
      >
        <colgroup>
          <col style={{ width: 40 }} />
          {Array.from({ length: sheet.lastCol }, (_, i) => (
            <col key={i} style={{ width: columnPixels(sheet.columnWidths[i]) }} />
          ))}
        </colgroup>
        <thead>
          <tr role="row">
            <th className="corner" scope="col">
              <span className="sr-only">Hàng</span>
            </th>
            {Array.from({ length: sheet.lastCol }, (_, i) => (
              <th
                key={i}
                role="columnheader"
                scope="col"
                className={i + 1 === activeCol ? "col-head current" : "col-head"}
              >
                {columnLetter(i + 1)}
              </th>
            ))}
          </tr>
        </thead>
        <tbody>{rows}</tbody>
      </table>
    </div>
  );
}
