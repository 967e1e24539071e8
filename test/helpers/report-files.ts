// Received report files (.xlsx) for the Tổng hợp tab's tests: a TH workbook of both forms written from the
// template, its header and unit code filled, its figures consistent (or one planted fault).
import { planWorkbook, type Inputs, type WorkbookPlan } from "../../src/core";
import { formInstance } from "../../src/forms";
import { templateBuffer } from "../../src/files";
import { seeded } from "../rollup/reports";
import { COMPLETE_HEADER, consistentInputsWith } from "./workbooks";
import { fill } from "./xlsx";

export interface ReportFile {
  name: string;
  data: Buffer;
  inputs: Inputs;
  plan: WorkbookPlan;
}

export async function reportFile(
  name: string,
  seed: number,
  options: { unit: string; code: string; period?: string; fault?: string }
): Promise<ReportFile> {
  const plan = planWorkbook({
    forms: [formInstance("05", "TH"), formInstance("06", "TH")],
    header: {
      ...COMPLETE_HEADER,
      don_vi_bao_cao: options.unit,
      ky_bao_cao: options.period ?? COMPLETE_HEADER.ky_bao_cao,
    },
  });
  plan.meta.rows.push(["unit_code", options.code]);
  const inputs = consistentInputsWith(plan, seeded(seed), { max: 40, moneyDecimals: 3 });
  const entries: Record<string, number | undefined> = { ...inputs };
  // A page 2 figure that disagrees with page 1: an error the checks find.
  if (options.fault) entries[options.fault] = (inputs[options.fault] ?? 0) + 3;
  return { name, plan, inputs, data: await fill(await templateBuffer(plan), plan, entries) };
}

/** The fault the tests plant: 05's page 2 disagrees with page 1. */
export const PLANTED_FAULT = "TK05TH.P2.hoan_cq_b.ds";
