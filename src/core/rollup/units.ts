// The list of offices a level distributes templates to and collects reports from: `units.csv`, as Excel
// writes it (UTF-8, with or without a BOM, comma or, in Vietnamese regional settings, semicolon separated).

export interface Unit {
  /** The unit code: the template's file name (`<code>.xlsx`) and the key recorded in its THADS_META. */
  code: string;
  /** The unit's name as the header's "Đơn vị báo cáo" prints it. */
  name: string;
  /** "Đơn vị nhận báo cáo"; blank when the list leaves it out. */
  receiver: string;
}

export interface UnitsProblem {
  /** 1-based line of the file where the row starts. */
  line: number;
  message: string;
}

export type UnitsParse = { ok: true; units: Unit[] } | { ok: false; problems: UnitsProblem[] };

const COLUMNS: Record<string, keyof Unit> = {
  code: "code",
  ma: "code",
  mã: "code",
  name: "name",
  ten: "name",
  tên: "name",
  receiver: "receiver",
  don_vi_nhan: "receiver",
  đơn_vị_nhận: "receiver",
};

/** Characters no file name may hold on Windows, Mac or Linux, and control characters. */
// eslint-disable-next-line no-control-regex
const UNSAFE_FILE_CHARS = /[\\/:*?"<>|\u0000-\u001f]/;

/** Splits CSV text into records (RFC 4180 quoting, quoted newlines), each with the line it starts on. */
export function csvRecords(text: string, separator: string): { line: number; fields: string[] }[] {
  const records: { line: number; fields: string[] }[] = [];
  let fields: string[] = [];
  let field = "";
  let quoted = false;
  let line = 1;
  let start = 1;
  let atFieldStart = true;
  const endRecord = () => {
    fields.push(field);
    records.push({ line: start, fields });
    fields = [];
    field = "";
    atFieldStart = true;
  };
  for (let i = 0; i < text.length; i++) {
    const ch = text[i];
    if (quoted) {
      if (ch === '"') {
        if (text[i + 1] === '"') {
          field += '"';
          i++;
        } else quoted = false;
      } else {
        if (ch === "\n") line++;
        field += ch;
      }
      continue;
    }
    if (ch === '"' && atFieldStart) {
      quoted = true;
      // Stryker disable next-line BooleanLiteral: equivalent, the closing quote is always followed by a separator, a line end or text, each of which sets it again
      atFieldStart = false;
    } else if (ch === separator) {
      fields.push(field);
      field = "";
      atFieldStart = true;
    } else if (ch === "\r" || ch === "\n") {
      if (ch === "\r" && text[i + 1] === "\n") i++;
      endRecord();
      line++;
      start = line;
    } else {
      field += ch;
      atFieldStart = false;
    }
  }
  // Stryker disable next-line ConditionalExpression,StringLiteral,EqualityOperator: equivalent, a last record of one empty field is dropped with the blank records below
  if (field !== "" || fields.length > 0) endRecord();
  return records.filter((r) => r.fields.some((f) => f.trim() !== ""));
}

const clean = (s: string) => s.normalize("NFC").replace(/\s+/g, " ").trim();

/** Parses `units.csv`; every bad row is named with its line, and nothing is accepted when one is bad. */
export function parseUnits(input: string): UnitsParse {
  const text = input.replace(/^\uFEFF/, "");
  // Stryker disable next-line StringLiteral: equivalent, split always gives a first piece
  const firstLine = text.split(/\r?\n/, 1)[0] ?? "";
  const separator = !firstLine.includes(",") && firstLine.includes(";") ? ";" : ",";
  const records = csvRecords(text, separator);
  if (records.length === 0)
    return { ok: false, problems: [{ line: 1, message: "tệp danh sách đơn vị trống" }] };

  const [head, ...rows] = records;
  const columns = head.fields.map((f) => COLUMNS[clean(f).toLowerCase().replace(/ /g, "_")]);
  if (!columns.includes("code") || !columns.includes("name")) {
    return {
      ok: false,
      problems: [
        {
          line: head.line,
          message: `dòng tiêu đề phải là «code,name,receiver» hoặc «ma,ten,don_vi_nhan» (nhận được «${head.fields.join(separator)}»)`,
        },
      ],
    };
  }
  const problems: UnitsProblem[] = [];
  const units: Unit[] = [];
  const seen = new Map<string, number>();
  for (const { line, fields } of rows) {
    const unit: Unit = { code: "", name: "", receiver: "" };
    fields.forEach((value, i) => {
      const key = columns[i];
      if (key) unit[key] = clean(value);
    });
    const extra = fields.slice(columns.length).some((f) => f.trim() !== "");
    if (extra) problems.push({ line, message: "dòng có nhiều cột hơn dòng tiêu đề" });
    if (unit.code === "") problems.push({ line, message: "thiếu mã đơn vị" });
    else if (UNSAFE_FILE_CHARS.test(unit.code) || unit.code.startsWith(".")) {
      problems.push({
        line,
        message: `mã đơn vị «${unit.code}» có ký tự không dùng được trong tên tệp`,
      });
    } else {
      const key = unit.code.toLowerCase();
      const earlier = seen.get(key);
      if (earlier !== undefined)
        problems.push({
          line,
          message: `mã đơn vị «${unit.code}» trùng với dòng ${earlier}`,
        });
      else seen.set(key, line);
    }
    if (unit.name === "") problems.push({ line, message: "thiếu tên đơn vị" });
    units.push(unit);
  }
  // Stryker disable next-line ConditionalExpression: equivalent, every row gives a unit, so no unit means no row and no problem
  if (units.length === 0 && problems.length === 0)
    problems.push({ line: head.line + 1, message: "danh sách không có đơn vị nào" });
  return problems.length > 0 ? { ok: false, problems } : { ok: true, units };
}

/** A unit name as compared: Unicode NFC, spaces collapsed, case ignored. */
export function unitKey(name: string): string {
  return clean(name).toLocaleLowerCase("vi");
}
