// The conditional-format marks and the input validations of the templates, pinned to their literal ranges and
// formula text (how HyperFormula evaluates them is in pinned.test.ts): every cell rule, every rule mark.
import { conditionalRules, inputMarkFormula, inputValidations, planWorkbook } from "../../src/core";
import { parseFormId } from "../../src/forms";

const plan = (ids: string[], options = {}, existing?: Parameters<typeof planWorkbook>[1]) =>
  planWorkbook({ forms: ids.map((id) => parseFormId(id)!), ...options }, existing);
const show = (r: ReturnType<typeof conditionalRules>[number]) =>
  `${r.sheet}|${r.range}|${r.severity}|${r.rule}|${r.formula}`;

const cd06: string[] = [
  "06-CD Trang 1|D12:E14|error|cell.input|=OR(ISFORMULA(D12),IF(ISERROR(D12),TRUE,IF(ISNUMBER(D12),D12<0,NOT(ISBLANK(D12)))))",
  "06-CD Trang 1|D17:E17|error|cell.input|=OR(ISFORMULA(D17),IF(ISERROR(D17),TRUE,IF(ISNUMBER(D17),D17<0,NOT(ISBLANK(D17)))))",
  "06-CD Trang 1|D18|error|cell.input|=OR(ISFORMULA(D18),IF(ISERROR(D18),TRUE,IF(ISNUMBER(D18),D18<0,NOT(ISBLANK(D18)))))",
  "06-CD Trang 1|D19:E20|error|cell.input|=OR(ISFORMULA(D19),IF(ISERROR(D19),TRUE,IF(ISNUMBER(D19),D19<0,NOT(ISBLANK(D19)))))",
  "06-CD Trang 1|D22:E25|error|cell.input|=OR(ISFORMULA(D22),IF(ISERROR(D22),TRUE,IF(ISNUMBER(D22),D22<0,NOT(ISBLANK(D22)))))",
  "06-CD Trang 1|C11:E11|error|cell.formula_changed|=NOT(ISFORMULA(C11))",
  "06-CD Trang 1|C12:C14|error|cell.formula_changed|=NOT(ISFORMULA(C12))",
  "06-CD Trang 1|C15:E16|error|cell.formula_changed|=NOT(ISFORMULA(C15))",
  "06-CD Trang 1|C17:C20|error|cell.formula_changed|=NOT(ISFORMULA(C17))",
  "06-CD Trang 1|C21:E21|error|cell.formula_changed|=NOT(ISFORMULA(C21))",
  "06-CD Trang 1|C22:C25|error|cell.formula_changed|=NOT(ISFORMULA(C22))",
  "06-CD Trang 1|C26:E27|error|cell.formula_changed|=NOT(ISFORMULA(C26))",
  "06-CD Trang 1|E18|error|cell.must_be_empty|=NOT(ISBLANK(E18))",
  "06-CD Trang 2|D12:E13|error|cell.input|=OR(ISFORMULA(D12),IF(ISERROR(D12),TRUE,IF(ISNUMBER(D12),D12<0,NOT(ISBLANK(D12)))))",
  "06-CD Trang 2|E14|error|cell.input|=OR(ISFORMULA(E14),IF(ISERROR(E14),TRUE,IF(ISNUMBER(E14),E14<0,NOT(ISBLANK(E14)))))",
  "06-CD Trang 2|D17:E22|error|cell.input|=OR(ISFORMULA(D17),IF(ISERROR(D17),TRUE,IF(ISNUMBER(D17),D17<0,NOT(ISBLANK(D17)))))",
  "06-CD Trang 2|D24:E27|error|cell.input|=OR(ISFORMULA(D24),IF(ISERROR(D24),TRUE,IF(ISNUMBER(D24),D24<0,NOT(ISBLANK(D24)))))",
  "06-CD Trang 2|C11:E11|error|cell.formula_changed|=NOT(ISFORMULA(C11))",
  "06-CD Trang 2|C12:C14|error|cell.formula_changed|=NOT(ISFORMULA(C12))",
  "06-CD Trang 2|C15:E16|error|cell.formula_changed|=NOT(ISFORMULA(C15))",
  "06-CD Trang 2|C17:C22|error|cell.formula_changed|=NOT(ISFORMULA(C17))",
  "06-CD Trang 2|C23:E23|error|cell.formula_changed|=NOT(ISFORMULA(C23))",
  "06-CD Trang 2|C24:C27|error|cell.formula_changed|=NOT(ISFORMULA(C24))",
  "06-CD Trang 2|D14|error|cell.must_be_empty|=NOT(ISBLANK(D14))",
  "06-CD Trang 1|C15:E15|error|06.P1.can_doi|=ABS(N(C15)-(N(C16)+N(C21)))>=0.0005",
  "06-CD Trang 1|C16:E16|error|06.P1.can_doi|=ABS(N(C15)-(N(C16)+N(C21)))>=0.0005",
  "06-CD Trang 1|C21:E21|error|06.P1.can_doi|=ABS(N(C15)-(N(C16)+N(C21)))>=0.0005",
  "06-CD Trang 1|D24:E24|warning|06.P1.tra_don_chu_dong|=N(D24)<>0",
  "06-CD Trang 1|C25:E25|error|06.P2.ly_do_khac|=AND(ABS(N(C25)-(N('06-CD Trang 2'!C11)))>=0.0005,ABS(N(C25)-(N('06-CD Trang 2'!C11)+N('06-CD Trang 2'!C27)))>=0.0005)",
  "06-CD Trang 2|C11:E11|error|06.P2.ly_do_khac|=AND(ABS(N('06-CD Trang 1'!C25)-(N(C11)))>=0.0005,ABS(N('06-CD Trang 1'!C25)-(N(C11)+N(C27)))>=0.0005)",
  "06-CD Trang 2|C27:E27|error|06.P2.ly_do_khac|=AND(ABS(N('06-CD Trang 1'!C25)-(N(C11)))>=0.0005,ABS(N('06-CD Trang 1'!C25)-(N(C11)+N(C27)))>=0.0005)",
  "06-CD Trang 2|C15:E15|error|06.P2.hoan|=ABS(N(C15)-(N('06-CD Trang 1'!C22)))>=0.0005",
  "06-CD Trang 1|C22:E22|error|06.P2.hoan|=ABS(N('06-CD Trang 2'!C15)-(N(C22)))>=0.0005",
  "06-CD Trang 2|C23:E23|error|06.P2.tam_dinh_chi|=ABS(N(C23)-(N('06-CD Trang 1'!C23)))>=0.0005",
  "06-CD Trang 1|C23:E23|error|06.P2.tam_dinh_chi|=ABS(N('06-CD Trang 2'!C23)-(N(C23)))>=0.0005",
];
const cd05Marks: string[] = [
  "05-CD Trang 1|C15:K15|error|05.P1.can_doi|=N(C15)-(N(C16)+N(C24))<>0",
  "05-CD Trang 1|C16:K16|error|05.P1.can_doi|=N(C15)-(N(C16)+N(C24))<>0",
  "05-CD Trang 1|C24:K24|error|05.P1.can_doi|=N(C15)-(N(C16)+N(C24))<>0",
  "05-CD Trang 1|D27:K27|warning|05.P1.tra_don_chu_dong|=N(D27)<>0",
  "05-CD Trang 2|C11:K11|error|05.P2.tam_dinh_chi|=N(C11)-(N('05-CD Trang 1'!C26))<>0",
  "05-CD Trang 1|C26:K26|error|05.P2.tam_dinh_chi|=N('05-CD Trang 2'!C11)-(N(C26))<>0",
  "05-CD Trang 2|C23:K23|error|05.P2.hoan|=N(C23)-(N('05-CD Trang 1'!C25))<>0",
  "05-CD Trang 1|C25:K25|error|05.P2.hoan|=N('05-CD Trang 2'!C23)-(N(C25))<>0",
  "05-CD Trang 2|C37:K37|error|05.P2.ly_do_khac|=N(C37)-(N('05-CD Trang 1'!C28))<>0",
  "05-CD Trang 1|C28:K28|error|05.P2.ly_do_khac|=N('05-CD Trang 2'!C37)-(N(C28))<>0",
  "05-CD Trang 3|C11:K11|error|05.P3.xong_hoan_toan|=N(C11)-(N('05-CD Trang 1'!C18))<>0",
  "05-CD Trang 1|C18:K18|error|05.P3.xong_hoan_toan|=N('05-CD Trang 3'!C11)-(N(C18))<>0",
  "05-CD Trang 3|C19|error|05.P3.dinh_chi|=N(C19)-(N('05-CD Trang 1'!C20))<>0",
  "05-CD Trang 1|C20|error|05.P3.dinh_chi|=N('05-CD Trang 3'!C19)-(N(C20))<>0",
];
const th06: string[] = [
  "06-TH Trang 1|C11:E17|error|cell.formula_changed|=NOT(ISFORMULA(C11))",
  "06-TH Trang 1|C18:D18|error|cell.formula_changed|=NOT(ISFORMULA(C18))",
  "06-TH Trang 1|C19:E27|error|cell.formula_changed|=NOT(ISFORMULA(C19))",
  "06-TH Trang 1|E18|error|cell.must_be_empty|=NOT(ISBLANK(E18))",
  "06-TH Trang 2|C11:E13|error|cell.formula_changed|=NOT(ISFORMULA(C11))",
  "06-TH Trang 2|C14|error|cell.formula_changed|=NOT(ISFORMULA(C14))",
  "06-TH Trang 2|E14|error|cell.formula_changed|=NOT(ISFORMULA(E14))",
  "06-TH Trang 2|C15:E27|error|cell.formula_changed|=NOT(ISFORMULA(C15))",
  "06-TH Trang 2|D14|error|cell.must_be_empty|=NOT(ISBLANK(D14))",
  "06-TH Trang 1|C15:E15|error|06.P1.can_doi|=ABS(N(C15)-(N(C16)+N(C21)))>=0.0005",
  "06-TH Trang 1|C16:E16|error|06.P1.can_doi|=ABS(N(C15)-(N(C16)+N(C21)))>=0.0005",
  "06-TH Trang 1|C21:E21|error|06.P1.can_doi|=ABS(N(C15)-(N(C16)+N(C21)))>=0.0005",
  "06-TH Trang 1|C25:E25|error|06.P2.ly_do_khac|=AND(ABS(N(C25)-(N('06-TH Trang 2'!C11)))>=0.0005,ABS(N(C25)-(N('06-TH Trang 2'!C11)+N('06-TH Trang 2'!C27)))>=0.0005)",
  "06-TH Trang 2|C11:E11|error|06.P2.ly_do_khac|=AND(ABS(N('06-TH Trang 1'!C25)-(N(C11)))>=0.0005,ABS(N('06-TH Trang 1'!C25)-(N(C11)+N(C27)))>=0.0005)",
  "06-TH Trang 2|C27:E27|error|06.P2.ly_do_khac|=AND(ABS(N('06-TH Trang 1'!C25)-(N(C11)))>=0.0005,ABS(N('06-TH Trang 1'!C25)-(N(C11)+N(C27)))>=0.0005)",
  "06-TH Trang 2|C15:E15|error|06.P2.hoan|=ABS(N(C15)-(N('06-TH Trang 1'!C22)))>=0.0005",
  "06-TH Trang 1|C22:E22|error|06.P2.hoan|=ABS(N('06-TH Trang 2'!C15)-(N(C22)))>=0.0005",
  "06-TH Trang 2|C23:E23|error|06.P2.tam_dinh_chi|=ABS(N(C23)-(N('06-TH Trang 1'!C23)))>=0.0005",
  "06-TH Trang 1|C23:E23|error|06.P2.tam_dinh_chi|=ABS(N('06-TH Trang 2'!C23)-(N(C23)))>=0.0005",
  "06-TH Trang 1|D12:E12|error|TH.sum|=ABS(N(D12)-(N('06-CD Trang 1'!D12)+N('06-TD Trang 1'!D12)))>=0.0005",
  "06-TH Trang 1|D13:E13|error|TH.sum|=ABS(N(D13)-(N('06-CD Trang 1'!D13)+N('06-TD Trang 1'!D13)))>=0.0005",
  "06-TH Trang 1|D14:E14|error|TH.sum|=ABS(N(D14)-(N('06-CD Trang 1'!D14)+N('06-TD Trang 1'!D14)))>=0.0005",
  "06-TH Trang 1|D17:E17|error|TH.sum|=ABS(N(D17)-(N('06-CD Trang 1'!D17)+N('06-TD Trang 1'!D17)))>=0.0005",
  "06-TH Trang 1|D18|error|TH.sum|=ABS(N(D18)-(N('06-CD Trang 1'!D18)+N('06-TD Trang 1'!D18)))>=0.0005",
  "06-TH Trang 1|D19:E19|error|TH.sum|=ABS(N(D19)-(N('06-CD Trang 1'!D19)+N('06-TD Trang 1'!D19)))>=0.0005",
  "06-TH Trang 1|D20:E20|error|TH.sum|=ABS(N(D20)-(N('06-CD Trang 1'!D20)+N('06-TD Trang 1'!D20)))>=0.0005",
  "06-TH Trang 1|D22:E22|error|TH.sum|=ABS(N(D22)-(N('06-CD Trang 1'!D22)+N('06-TD Trang 1'!D22)))>=0.0005",
  "06-TH Trang 1|D23:E23|error|TH.sum|=ABS(N(D23)-(N('06-CD Trang 1'!D23)+N('06-TD Trang 1'!D23)))>=0.0005",
  "06-TH Trang 1|D24:E24|error|TH.sum|=ABS(N(D24)-(N('06-CD Trang 1'!D24)+N('06-TD Trang 1'!D24)))>=0.0005",
  "06-TH Trang 1|D25:E25|error|TH.sum|=ABS(N(D25)-(N('06-CD Trang 1'!D25)+N('06-TD Trang 1'!D25)))>=0.0005",
  "06-TH Trang 2|D12:E12|error|TH.sum|=ABS(N(D12)-(N('06-CD Trang 2'!D12)+N('06-TD Trang 2'!D12)))>=0.0005",
  "06-TH Trang 2|D13:E13|error|TH.sum|=ABS(N(D13)-(N('06-CD Trang 2'!D13)+N('06-TD Trang 2'!D13)))>=0.0005",
  "06-TH Trang 2|E14|error|TH.sum|=ABS(N(E14)-(N('06-CD Trang 2'!E14)+N('06-TD Trang 2'!E14)))>=0.0005",
  "06-TH Trang 2|D17:E17|error|TH.sum|=ABS(N(D17)-(N('06-CD Trang 2'!D17)+N('06-TD Trang 2'!D17)))>=0.0005",
  "06-TH Trang 2|D18:E18|error|TH.sum|=ABS(N(D18)-(N('06-CD Trang 2'!D18)+N('06-TD Trang 2'!D18)))>=0.0005",
  "06-TH Trang 2|D19:E19|error|TH.sum|=ABS(N(D19)-(N('06-CD Trang 2'!D19)+N('06-TD Trang 2'!D19)))>=0.0005",
  "06-TH Trang 2|D20:E20|error|TH.sum|=ABS(N(D20)-(N('06-CD Trang 2'!D20)+N('06-TD Trang 2'!D20)))>=0.0005",
  "06-TH Trang 2|D21:E21|error|TH.sum|=ABS(N(D21)-(N('06-CD Trang 2'!D21)+N('06-TD Trang 2'!D21)))>=0.0005",
  "06-TH Trang 2|D22:E22|error|TH.sum|=ABS(N(D22)-(N('06-CD Trang 2'!D22)+N('06-TD Trang 2'!D22)))>=0.0005",
  "06-TH Trang 2|D24:E24|error|TH.sum|=ABS(N(D24)-(N('06-CD Trang 2'!D24)+N('06-TD Trang 2'!D24)))>=0.0005",
  "06-TH Trang 2|D25:E25|error|TH.sum|=ABS(N(D25)-(N('06-CD Trang 2'!D25)+N('06-TD Trang 2'!D25)))>=0.0005",
  "06-TH Trang 2|D26:E26|error|TH.sum|=ABS(N(D26)-(N('06-CD Trang 2'!D26)+N('06-TD Trang 2'!D26)))>=0.0005",
  "06-TH Trang 2|D27:E27|error|TH.sum|=ABS(N(D27)-(N('06-CD Trang 2'!D27)+N('06-TD Trang 2'!D27)))>=0.0005",
];
const exTh: string[] = [
  "06-TH Trang 1|D13:E13|error|TH.sum|=ABS(N(D13)-(N('TK06CD'!D13)+N('TK06TD'!D13)))>=0.0005",
];
const val06: string[] = [
  "06-CD Trang 1|D12:E12|decimal|1.1. Số giá trị năm trước chuyể…",
  "06-CD Trang 1|D13:E13|decimal|1.2. Số giá trị thụ lý mới",
  "06-CD Trang 1|D14:E14|decimal|2. Số giá trị ủy thác",
  "06-CD Trang 1|D17:E17|decimal|4.1. Số giá trị thi hành xong (…",
  "06-CD Trang 1|D18|decimal|4.2. Số giá trị miễn, giảm thi …",
  "06-CD Trang 1|D19:E19|decimal|4.3. Số giá trị đình chỉ thi hà…",
  "06-CD Trang 1|D20:E20|decimal|4.4. Số giá trị chưa thi hành",
  "06-CD Trang 1|D22:E22|decimal|5.1. Số giá trị hoãn thi hành án",
  "06-CD Trang 1|D23:E23|decimal|5.2. Số giá trị tạm đình chỉ th…",
  "06-CD Trang 1|D24:E24|decimal|5.3. Số giá trị trả đơn yêu cầu…",
  "06-CD Trang 1|D25:E25|decimal|5.4. Số giá trị lý do khác",
  "06-CD Trang 2|D12:E12|decimal|H1. Án tuyên chưa rõ",
  "06-CD Trang 2|D13:E13|decimal|H2. Chưa thống nhất ý kiến",
  "06-CD Trang 2|E14|decimal|H3. Giá trị tài sản kê biên hoặ…",
  "06-CD Trang 2|D17:E17|decimal|I1a. Hoãn theo điểm a, khoản 1,…",
  "06-CD Trang 2|D18:E18|decimal|I1b. Hoãn theo điểm b, khoản 1,…",
  "06-CD Trang 2|D19:E19|decimal|I1c. Hoãn theo điểm c, khoản 1,…",
  "06-CD Trang 2|D20:E20|decimal|I1d. Hoãn theo điểm d, khoản 1,…",
  "06-CD Trang 2|D21:E21|decimal|I2. Tòa án yêu cầu hoãn",
  "06-CD Trang 2|D22:E22|decimal|I3. Viện kiểm sát yêu cầu hoãn",
  "06-CD Trang 2|D24:E24|decimal|J1. Cơ quan Thi hành án tạm đìn…",
  "06-CD Trang 2|D25:E25|decimal|J2. Tòa án tạm đình chỉ",
  "06-CD Trang 2|D26:E26|decimal|J3. Viện kiểm sát tạm đình chỉ",
  "06-CD Trang 2|D27:E27|decimal|K. Tạm ngừng thi hành án (để gi…",
];

describe("conditional formats", () => {
  it("06 chủ động: cell marks by rectangles, then every rule's marks with the 06 tolerance", () => {
    expect(conditionalRules(plan(["TK06CD"])).map(show)).toEqual(cd06);
  });

  it("05 chủ động: rule marks over runs of columns, exact (no tolerance)", () => {
    expect(
      conditionalRules(plan(["TK05CD"]))
        .filter((r) => !r.rule.startsWith("cell."))
        .map(show)
    ).toEqual(cd05Marks);
  });

  it("06 tổng hợp beside its CD and TD: linked inputs are formulas, TH = CD + TD marked on TH", () => {
    expect(
      conditionalRules(plan(["TK06CD", "TK06TD", "TK06TH"]))
        .filter((r) => r.sheet.startsWith("06-TH"))
        .map(show)
    ).toEqual(th06);
  });

  it("a TH beside a CD and TD already in the workbook: marks only where every cell has a place", () => {
    const existing = (name: string) =>
      /^TK06(CD|TD)\.P1\.thu_ly_moi\./.test(name)
        ? { sheet: name.slice(0, 6), row: 13, col: name.endsWith(".tien") ? 4 : 5 }
        : undefined;
    const rules = conditionalRules(
      plan(["TK06TH"], { existingForms: ["TK06CD", "TK06TD"] }, existing)
    );
    expect(rules.filter((r) => r.rule === "TH.sum").map(show)).toEqual(exTh);
  });

  it("the input mark: whole numbers for counts, any non-negative number for values", () => {
    expect(inputMarkFormula("B2", true)).toBe(
      "=OR(ISFORMULA(B2),IF(ISERROR(B2),TRUE,IF(ISNUMBER(B2),OR(B2<0,B2<>INT(B2)),NOT(ISBLANK(B2)))))"
    );
    expect(inputMarkFormula("B2", false)).toBe(
      "=OR(ISFORMULA(B2),IF(ISERROR(B2),TRUE,IF(ISNUMBER(B2),B2<0,NOT(ISBLANK(B2)))))"
    );
  });
});

describe("input validations", () => {
  it("one per row run of inputs, with the row's guidance as its input message", () => {
    const validations = inputValidations(plan(["TK06CD"]));
    expect(
      validations.map((v) => `${v.sheet}|${v.range}|${v.type}|${v.promptTitle ?? "-"}`)
    ).toEqual(val06);
    expect(validations[4]).toEqual({
      sheet: "06-CD Trang 1",
      range: "D18",
      type: "decimal",
      errorTitle: "Số liệu không hợp lệ",
      errorMessage: "Ô này nhận giá trị tính bằng nghìn đồng: một số không âm.",
      promptTitle: "4.2. Số giá trị miễn, giảm thi …",
      prompt:
        "Chỉ ghi tiền: không có miễn, giảm về tài sản (có tài sản thì phải xử lý để thi hành án). Ô Tài sản để trống.",
    });
  });

  it("whole numbers in 05, each row of a rectangle apart", () => {
    const validations = inputValidations(plan(["TK05CD"])).slice(0, 3);
    expect(validations.map((v) => [v.range, v.type, v.errorMessage, v.promptTitle])).toEqual([
      [
        "D12:K12",
        "whole",
        "Ô này nhận số việc: một số nguyên không âm (0, 1, 2, …).",
        "1.1. Số năm trước chuyển sang",
      ],
      [
        "D13:K13",
        "whole",
        "Ô này nhận số việc: một số nguyên không âm (0, 1, 2, …).",
        "1.2. Số thụ lý mới",
      ],
      [
        "D14:K14",
        "whole",
        "Ô này nhận số việc: một số nguyên không âm (0, 1, 2, …).",
        "2. Số ủy thác",
      ],
    ]);
    expect(validations[0].prompt).toBe(
      "Số việc (mỗi quyết định thi hành án là một việc) chưa xong, năm trước chuyển sang. Ghi từng loại việc, từ trái qua phải; cột Tổng số và các dòng tổng do biểu mẫu tính sau."
    );
  });
});
