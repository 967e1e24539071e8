// An in-memory WorkbookPort for the pane's tests: holds a snapshot, records what the pane asks for, and
// lets a test fire edits.
import type {
  InsertProgress,
  WorkbookInfo,
  WorkbookPlan,
  WorkbookPort,
  WorkbookSnapshot,
} from "../../src/core";

export class FakePort implements WorkbookPort {
  snapshot: WorkbookSnapshot = { cells: {} };
  sheets: string[] = ["Sheet1"];
  reads = 0;
  added: WorkbookPlan[] = [];
  selected: string[][] = [];
  failAdd?: Error;
  private listeners: (() => void)[] = [];

  async info(): Promise<WorkbookInfo> {
    const forms = [...new Set(Object.keys(this.snapshot.cells).map((n) => n.slice(0, 6)))];
    return { sheets: [...this.sheets], forms };
  }
  async readSnapshot(): Promise<WorkbookSnapshot> {
    this.reads++;
    return this.snapshot;
  }
  async addTemplates(plan: WorkbookPlan, onProgress?: (p: InsertProgress) => void): Promise<void> {
    onProgress?.({ done: 1, total: 2, step: "Đang ghi…" });
    if (this.failAdd) throw this.failAdd;
    this.added.push(plan);
    this.sheets.push(...plan.sheets.map((s) => s.sheetName));
  }
  async select(cells: string[]): Promise<void> {
    this.selected.push(cells);
  }
  async subscribe(onEdit: () => void) {
    this.listeners.push(onEdit);
    return () => {
      this.listeners = this.listeners.filter((l) => l !== onEdit);
    };
  }
  edit() {
    this.listeners.forEach((l) => l());
  }
  get subscribers() {
    return this.listeners.length;
  }
}
