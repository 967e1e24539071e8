// The hostile and careless files of issue 8, made from a real template at run time (never committed blobs):
// used by the tests (test/files/hostile.test.ts, test/cli/hostile.test.ts) and measured by `npm run bench`.
import { a1, qualified, type WorkbookPlan } from "../core";
import {
  addSheet,
  edit,
  readParts,
  sheetPath,
  writeZip,
  type BigPart,
  type Parts,
} from "./hostile-zip";

export interface HostileCase {
  id: string;
  /** What the case is, for test names and the bench table. */
  what: string;
  data: Buffer;
}

type Resolver = Pick<WorkbookPlan, "resolve">;

/** Replaces the cell at `ref` (its element, empty or not) by one with this content. */
export function setCell(xml: string, ref: string, content: string, type?: string): string {
  const re = new RegExp(`<c r="${ref}"( s="\\d+")?[^>]*?(/>|>[\\s\\S]*?</c>)`);
  const match = re.exec(xml);
  if (!match) throw new Error(`no cell ${ref}`);
  const cell = `<c r="${ref}"${match[1] ?? ""}${type ? ` t="${type}"` : ""}>${content}</c>`;
  return xml.slice(0, match.index) + cell + xml.slice(match.index + match[0].length);
}

/** Where a data point name points: the sheet's part and the A1 reference. */
export function located(parts: Parts, plan: Resolver, name: string) {
  const at = plan.resolve(name)!;
  return { path: sheetPath(parts, at.sheet), ref: a1(at.row, at.col), at };
}

function setName(parts: Parts, plan: Resolver, name: string, content: string, type?: string) {
  const { path, ref } = located(parts, plan, name);
  edit(parts, path, (xml) => setCell(xml, ref, content, type));
}

const rows = (n: number, cells: number, cell = "<c><v>1</v></c>") => ({
  head: `<?xml version="1.0" encoding="UTF-8"?><worksheet xmlns="http://schemas.openxmlformats.org/spreadsheetml/2006/main"><sheetData>`,
  chunk: `<row>${cell.repeat(cells)}</row>`,
  times: n,
  tail: `</sheetData></worksheet>`,
});

/** A sheet name as it appears, quoted, in a defined name of workbook.xml. */
const quotedInXml = (sheet: string) => `&apos;${sheet}&apos;!`;

export const MONEY_INPUT = "TK06TH.P1.thu_ly_moi.tien";
export const CASES_INPUT = "TK05TH.P1.thu_ly_moi.ds";

/**
 * Every hostile case, from `template` (a template of 05 TH and 06 TH, filled or not) and its plan. Large
 * cases are made by streaming; the whole set takes a few seconds and some tens of MB to make.
 */
export async function hostileCases(template: Buffer, plan: Resolver): Promise<HostileCase[]> {
  const cases: HostileCase[] = [];
  const make = async (
    id: string,
    what: string,
    change: (parts: Map<string, Buffer | BigPart>) => void
  ) => {
    const parts: Map<string, Buffer | BigPart> = readParts(template);
    change(parts);
    cases.push({ id, what, data: await writeZip(parts) });
  };
  const p1 = (parts: Map<string, Buffer | BigPart>) => located(parts as Parts, plan, CASES_INPUT);

  await make("date-format-huge", "06 money input with a date format holding 1e12", (parts) => {
    const p = parts as Parts;
    let index = 0;
    edit(p, "xl/styles.xml", (xml) =>
      xml.replace(
        /<cellXfs count="(\d+)">([\s\S]*?)<\/cellXfs>/,
        (_, count: string, inner: string) => {
          index = Number(count);
          return `<cellXfs count="${index + 1}">${inner}<xf numFmtId="14" fontId="0" fillId="0" borderId="0" xfId="0" applyNumberFormat="1"/></cellXfs>`;
        }
      )
    );
    const { path, ref } = located(p, plan, MONEY_INPUT);
    edit(p, path, (xml) =>
      xml.replace(
        new RegExp(`<c r="${ref}" s="\\d+"[^>]*?(/>|>[\\s\\S]*?</c>)`),
        `<c r="${ref}" s="${index}"><v>1000000000000</v></c>`
      )
    );
  });

  await make(
    "shared-empty-master",
    "a shared formula whose master cell holds an empty formula",
    (parts) => {
      const p = parts as Parts;
      const { path } = located(p, plan, "TK05TH.P1.thu_ly.dshs");
      edit(p, path, (xml) =>
        setCell(
          setCell(xml, "D11", `<f t="shared" ref="D11:E11" si="0"></f>`),
          "E11",
          `<f t="shared" si="0"/>`
        )
      );
    }
  );

  for (const sheet of ["__proto__", "constructor", "hasOwnProperty"]) {
    await make(`sheet-${sheet}`, `a sheet renamed «${sheet}» (names follow it)`, (parts) => {
      const p = parts as Parts;
      const from = "05-TH Trang 3";
      edit(p, "xl/workbook.xml", (xml) =>
        xml
          .replace(`name="${from}"`, `name="${sheet}"`)
          .split(quotedInXml(from))
          .join(quotedInXml(sheet))
      );
      addSheet(
        parts,
        `${sheet === "__proto__" ? "toString" : "valueOf"}`,
        Buffer.from(rows(1, 1).head + rows(1, 1).tail),
        98
      );
    });
  }

  await make("bomb-declared", "a sheet that inflates to 450 MB (its size declared)", (parts) => {
    const { path } = p1(parts);
    parts.set(path, { ...rows(1, 1), chunk: " ", times: 450 * 1024 * 1024 });
  });

  await make(
    "bomb-lying",
    "a sheet that inflates to 450 MB, its directory claiming 2 KB",
    (parts) => {
      const { path } = p1(parts);
      parts.set(path, { ...rows(1, 1), chunk: " ", times: 450 * 1024 * 1024, declaredSize: 2048 });
    }
  );

  await make("row-billion", "a defined name pointing at row 1,000,000,000", (parts) => {
    const { at } = p1(parts);
    const ref = qualified(at, true).replace(/'/g, "&apos;");
    edit(parts as Parts, "xl/workbook.xml", (xml) =>
      xml.replace(`>${ref}<`, () => `>${ref.replace(/\$\d+$/, () => "$1000000000")}<`)
    );
  });

  await make("million-rows", "an extra sheet of 1,000,000 rows that no name points at", (parts) => {
    addSheet(parts, "Nháp", rows(1_000_000, 1));
  });

  await make(
    "cells-budget",
    "a name pointing at row 100,000 of a 5 MB sheet of 1,000,000 cells",
    (parts) => {
      addSheet(parts, "Nháp", rows(100_000, 10, "<c/>"));
      const { at } = p1(parts);
      const ref = qualified(at, true).replace(/'/g, "&apos;");
      edit(parts as Parts, "xl/workbook.xml", (xml) =>
        xml.replace(`>${ref}<`, () => ">Nháp!$A$100000<")
      );
    }
  );

  await make("garbage-numbers", "inputs holding NaN, abc and 1e309 as numbers", (parts) => {
    const p = parts as Parts;
    setName(p, plan, "TK05TH.P1.thu_ly_moi.ds", "<v>NaN</v>");
    setName(p, plan, "TK05TH.P1.thu_ly_moi.dshs", "<v>abc</v>");
    setName(p, plan, "TK06TH.P1.thu_ly_moi.tien", "<v>1e309</v>");
  });

  await make("overflow", "two inputs of 1e308 whose total overflows", (parts) => {
    const p = parts as Parts;
    setName(p, plan, "TK05TH.P1.nam_truoc.ds", "<v>1e308</v>");
    setName(p, plan, "TK05TH.P1.thu_ly_moi.ds", "<v>1e308</v>");
  });

  await make("duplicate-name", "a data point name defined twice", (parts) => {
    edit(parts as Parts, "xl/workbook.xml", (xml) =>
      xml.replace(
        "</definedNames>",
        `<definedName name="${CASES_INPUT}">&apos;05-TH Trang 2&apos;!$E$13</definedName></definedNames>`
      )
    );
  });

  await make("merged-inputs", "two inputs merged, each holding a value", (parts) => {
    const p = parts as Parts;
    const { path, at } = located(p, plan, CASES_INPUT);
    const left = a1(at.row, at.col - 1);
    const right = a1(at.row, at.col);
    edit(p, path, (xml) =>
      setCell(setCell(xml, left, "<v>5</v>"), right, "<v>7</v>").replace(
        /<mergeCells count="(\d+)">/,
        (_, n: string) => `<mergeCells count="${Number(n) + 1}"><mergeCell ref="${left}:${right}"/>`
      )
    );
  });

  const container = async (id: string, what: string, parts: [string, string][]) =>
    cases.push({
      id,
      what,
      data: await writeZip(new Map(parts.map(([n, t]) => [n, Buffer.from(t)]))),
    });
  await container("ods", "an OpenDocument spreadsheet renamed .xlsx", [
    ["mimetype", "application/vnd.oasis.opendocument.spreadsheet"],
    ["content.xml", "<office:document-content/>"],
    ["META-INF/manifest.xml", "<manifest:manifest/>"],
  ]);
  await container("docx", "a Word document renamed .xlsx", [
    ["[Content_Types].xml", "<Types/>"],
    ["word/document.xml", "<w:document/>"],
  ]);
  await container("zip", "a plain zip renamed .xlsx", [["baocao.txt", "số liệu"]]);
  return cases;
}
