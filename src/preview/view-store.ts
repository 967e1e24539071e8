// What the preview page shows besides cell values (the tabs, the active sheet and cell, the selection, a
// notice), as an external store for React: a new object on every change.
import type { CellAddress } from "../core";

export interface ViewState {
  version: number;
  tabs: string[];
  active?: string;
  activeCell: { row: number; col: number };
  /** Cells selected by `select` (A1 on the active sheet). */
  selected: string[];
  notice?: string;
}

export class ViewStore {
  private view: ViewState = { version: 0, tabs: [], activeCell: { row: 1, col: 1 }, selected: [] };
  private readonly listeners = new Set<() => void>();
  private readonly moveListeners = new Set<(cell: CellAddress) => void>();

  constructor(
    /** The sheets shown as tabs, in order. */
    private readonly tabs: () => string[],
    /** Whether a sheet exists (hidden or not). */
    private readonly exists: (sheet: string) => boolean
  ) {}

  get = (): ViewState => this.view;

  watch = (listener: () => void): (() => void) => {
    this.listeners.add(listener);
    return () => void this.listeners.delete(listener);
  };

  /** Calls `listener` with the active cell whenever it or its sheet changes. */
  onMove(listener: (cell: CellAddress) => void): () => void {
    this.moveListeners.add(listener);
    return () => void this.moveListeners.delete(listener);
  }

  update(change: Partial<ViewState>): void {
    const before = this.view;
    this.view = { ...this.view, ...change, version: this.view.version + 1, tabs: this.tabs() };
    this.listeners.forEach((listener) => listener());
    const { active, activeCell } = this.view;
    if (active && (active !== before.active || activeCell !== before.activeCell))
      this.moveListeners.forEach((listener) => listener({ sheet: active, ...activeCell }));
  }

  activate(sheet: string, cell?: { row: number; col: number }): void {
    if (!this.exists(sheet)) return;
    this.update({
      active: sheet,
      activeCell: cell ?? (sheet === this.view.active ? this.view.activeCell : { row: 1, col: 1 }),
      selected: [],
    });
  }

  moveTo(row: number, col: number): void {
    this.update({ activeCell: { row, col }, selected: [] });
  }
}
