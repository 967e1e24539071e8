// npm run bench: the speed targets, measured (not asserted by timed tests). Prints median and p95.
import { promises as fs } from "fs";
import { tmpdir } from "os";
import { join } from "path";
import {
  checkWorkbook,
  evaluate,
  planWorkbook,
  type WorkbookPlan,
  type WorkbookSnapshot,
} from "../core";
import { readSnapshotFromFile, templateBuffer } from "../files";
import { formInstance, type Variant } from "../forms";
import ExcelJS from "exceljs";
import { benchFiles } from "./files-bench";
import { rollupBench } from "./rollup";

function stats(samples: number[]): { median: number; p95: number } {
  const sorted = [...samples].sort((a, b) => a - b);
  return {
    median: sorted[Math.floor(sorted.length / 2)],
    p95: sorted[Math.floor(sorted.length * 0.95)],
  };
}

async function measure(
  runs: number,
  warmup: number,
  body: () => unknown
): Promise<{ median: number; p95: number }> {
  for (let i = 0; i < warmup; i++) await body();
  const samples: number[] = [];
  for (let i = 0; i < runs; i++) {
    const start = process.hrtime.bigint();
    await body();
    samples.push(Number(process.hrtime.bigint() - start) / 1e6);
  }
  return stats(samples);
}

function plan(variants: Variant[]): WorkbookPlan {
  return planWorkbook({
    forms: (["05", "06"] as const).flatMap((f) => variants.map((v) => formInstance(f, v))),
  });
}

/** A filled TH report as a spreadsheet would cache it: every input a number, every formula its value. */
function filledSnapshot(p: WorkbookPlan): WorkbookSnapshot {
  const inputs: Record<string, number> = {};
  let k = 1;
  for (const def of p.model.cells.values()) if (def.kind === "input") inputs[def.name] = k++ % 17;
  const values = evaluate(p.model, inputs);
  const cells: WorkbookSnapshot["cells"] = {};
  for (const sheet of p.sheets) {
    for (const cell of sheet.cells) {
      if (!cell.def) continue;
      const address = { sheet: sheet.sheetName, row: cell.row, col: cell.col };
      const value =
        cell.def.kind === "formula"
          ? (values.get(cell.def.name) ?? "")
          : cell.def.kind === "input"
            ? inputs[cell.def.name]
            : null;
      cells[cell.def.name] = { address, value, ...(cell.formula ? { formula: cell.formula } : {}) };
    }
  }
  return { cells };
}

function line(
  label: string,
  target: string,
  m: { median: number; p95: number },
  limit: number
): string {
  const verdict = m.median <= limit ? "ok" : "OVER TARGET";
  return `${label.padEnd(58)} median ${m.median.toFixed(3).padStart(8)} ms   p95 ${m.p95.toFixed(3).padStart(8)} ms   target ${target}   ${verdict}`;
}

/** The task pane's production JavaScript, when `npm run build` has made one (scripts/bundle-size.js). */
function printBundleSize(): void {
  const { bundleSize, BUDGET_KB } = require(
    join(__dirname, "..", "..", "scripts", "bundle-size.js")
  );
  const size = bundleSize(join(__dirname, "..", "..", "dist"));
  if (!size) console.log("task pane bundle: no production build in dist/ (npm run build)");
  else
    console.log(
      `task pane bundle (dist/): ${size.gzipKB.toFixed(1)} KB gzipped, budget ${BUDGET_KB} KB   ${size.gzipKB <= BUDGET_KB ? "ok" : "OVER BUDGET"}`
    );
}

async function main(): Promise<void> {
  const th = plan(["TH"]);
  const snapshot = filledSnapshot(th);
  const check = await measure(2000, 300, () => checkWorkbook(snapshot));

  const dir = await fs.mkdtemp(join(tmpdir(), "thads-bench-"));
  const file = join(dir, "received.xlsx");
  const workbook = new ExcelJS.Workbook();
  await workbook.xlsx.load((await templateBuffer(th)) as unknown as ExcelJS.Buffer);
  for (const [name, cell] of Object.entries(snapshot.cells)) {
    if (th.model.cells.get(name)?.kind === "input")
      workbook
        .getWorksheet(cell.address!.sheet)!
        .getCell(cell.address!.row, cell.address!.col).value = cell.value as number;
  }
  await fs.writeFile(file, Buffer.from(await workbook.xlsx.writeBuffer()));
  const received = await measure(30, 5, async () =>
    checkWorkbook(await readSnapshotFromFile(file))
  );

  const both = plan(["CD", "TD", "TH"]);
  const template = await measure(10, 2, () =>
    templateBuffer(planWorkbook({ forms: both.model.forms.map((f) => f.form) }))
  );
  const thTemplate = await measure(10, 2, () => templateBuffer(plan(["TH"])));

  const cells = Object.keys(snapshot.cells).length;
  const found = checkWorkbook(snapshot);
  console.log(
    `thads-forms bench (Node ${process.version}, ${cells} cells in a TH workbook of both forms, ${found.errors} error findings to word)`
  );
  console.log(
    line("check: full check of a TH workbook (05+06) from a snapshot", "≤ 1 ms", check, 1)
  );
  console.log(line("check: one received file read and checked", "≤ 150 ms", received, 150));
  console.log(
    line("template: both forms, all variants (15 sheets) to xlsx", "≤ 1 s", template, 1000)
  );
  console.log(
    line("template: both forms, tổng hợp only (5 sheets) to xlsx", "≤ 1 s", thTemplate, 1000)
  );
  printBundleSize();
  await benchFiles(dir, await templateBuffer(th), th, file);
  await fs.rm(dir, { recursive: true, force: true });
  await rollupBench();
}

main().catch((error) => {
  console.error(error);
  process.exit(1);
});
