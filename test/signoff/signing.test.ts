// Signing and verifying a small hand-made report, exactly: every refusal's words, the record made, the
// fingerprint of a fixed text, and each change after signing as the finding a head reads (both languages).
import { createHash } from "node:crypto";
import type { CheckResult, Finding } from "../../src/core/findings";
import type { WorkbookSnapshot } from "../../src/core/snapshot";
import { recordToRows } from "../../src/core/signoff/record";
import {
  changedMessage,
  damagedMessage,
  noneOf,
  refusalErrors,
  refusalUnjustified,
  signedBy,
} from "../../src/core/signoff/messages";
import { signReport, unjustifiedWarnings } from "../../src/core/signoff/sign";
import {
  checkWithSignoff,
  signoffStateNow,
  standardOf,
  verifySignoff,
  whereIs,
} from "../../src/core/signoff/verify";

const sha256 = async (bytes: Uint8Array) => createHash("sha256").update(bytes).digest("hex");
const AT = "2027-04-05T09:30:00+07:00";
const SIGNED_FP = "sha256:4791f8c43adc3e54e1ab9bd04fb6734dba1c712c283f7c3f41b2cb3069839058";
const SIGNED_TEXT =
  "THADS-SIGNOFF 1\n" +
  "TK05CD.P1.hdr.don_vi_bao_cao s:Chi cục A\n" +
  "TK05CD.P1.thu_ly.tong f\n" +
  "TK05CD.P1.tra_don.ds n:2\n";
const sheet = "05-CD Trang 1";

const report = (): WorkbookSnapshot => ({
  cells: {
    "TK05CD.P1.tra_don.ds": { address: { sheet, row: 20, col: 5 }, value: 2 },
    "TK05CD.P1.hdr.don_vi_bao_cao": { address: { sheet, row: 3, col: 1 }, value: "Chi cục A" },
    "TK05CD.P1.thu_ly.tong": { address: { sheet, row: 12, col: 4 }, formula: "=E12", value: 5 },
    "TK05CD.P1.hdr.ngay_nhan": { address: { sheet, row: 4, col: 1 }, value: "hôm nay" },
  },
  standard: { id: "THADS-TK-05-06", version: "2009.1" },
});

const finding = (rule: string, severity: "error" | "warning"): Finding => ({
  rule,
  severity,
  form: "TK05CD",
  names: [],
  cells: [],
  left: null,
  right: null,
  difference: null,
  message: rule,
  messageEn: rule,
});
const result = (findings: Finding[], forms = ["TK05CD"]): CheckResult => ({
  forms,
  findings,
  errors: findings.filter((f) => f.severity === "error").length,
  warnings: findings.filter((f) => f.severity === "warning").length,
});

describe("the sign-off's words", () => {
  it("words a passed rule, the signer, a change, a damaged record and each refusal", () => {
    expect(noneOf({ vi: "Số âm", en: "Negative number" })).toEqual({
      vi: "Không có «Số âm»",
      en: "No “Negative number”",
    });
    expect(signedBy("Nguyễn Văn A", "Chi cục trưởng", AT)).toEqual({
      vi: "Nguyễn Văn A (Chi cục trưởng), lúc 2027-04-05T09:30:00+07:00",
      en: "Nguyễn Văn A (Chi cục trưởng), at 2027-04-05T09:30:00+07:00",
    });
    expect(signedBy("B", "", AT)).toEqual({
      vi: "B, lúc 2027-04-05T09:30:00+07:00",
      en: "B, at 2027-04-05T09:30:00+07:00",
    });
    expect(
      changedMessage({ vi: "ở đây", en: "here" }, "1", "2", { vi: "B, lúc t", en: "B, at t" })
    ).toEqual({
      vi: "Đã thay đổi sau khi ký (B, lúc t): ở đây: lúc ký 1, nay 2.",
      en: "Changed after sign-off (B, at t): here: at signing 1, now 2.",
    });
    expect(damagedMessage("thiếu x")).toEqual({
      vi: "Bản ghi ký duyệt trong trang THADS_META bị hỏng (thiếu x); không xác minh được chữ ký, cần ký lại.",
      en: "The sign-off record in sheet THADS_META is damaged (thiếu x); the sign-off cannot be verified, sign again.",
    });
    expect(refusalErrors(3)).toEqual({
      vi: "Không ký được: báo cáo còn 3 lỗi; hãy sửa hết lỗi trước khi ký duyệt.",
      en: "Cannot sign: the report has 3 errors; fix every error before signing off.",
    });
    expect(refusalUnjustified(["a.b", "c"])).toEqual({
      vi: 'Không ký được: cảnh báo chưa có lý do chấp nhận: a.b, c (thêm --justify MÃ_QUY_TẮC="lý do").',
      en: 'Cannot sign: warnings without a justification: a.b, c (add --justify RULE_ID="reason").',
    });
  });
});

describe("signReport", () => {
  it("lists every reason to refuse, in order; sign-off findings are not errors of the report", async () => {
    const out = await signReport(
      report(),
      result(
        [
          finding("cell.negative", "error"),
          finding("signoff.changed", "error"),
          finding("form.incomplete", "warning"),
          finding("TH.sum", "warning"),
          finding("form.incomplete", "warning"),
          finding("05.P1.tra_don_chu_dong", "warning"),
        ],
        []
      ),
      { by: " \t", at: AT, justifications: { "TH.sum": "  ", "05.P1.tra_don_chu_dong": "đã xem" } },
      sha256
    );
    expect(out).toEqual({
      ok: false,
      reasons: [
        {
          vi: "Không ký được: sổ tính không chứa biểu mẫu 05-TK/THA hay 06-TK/THA nào.",
          en: "Cannot sign: the workbook holds no 05-TK/THA or 06-TK/THA form.",
        },
        {
          vi: "Không ký được: cần họ tên người ký duyệt.",
          en: "Cannot sign: the signer's name is required.",
        },
        refusalErrors(1),
        refusalUnjustified(["form.incomplete", "TH.sum"]),
      ],
    });
  });

  it("finds the warning rules still to justify, each once", () => {
    const checked = result([
      finding("form.incomplete", "warning"),
      finding("cell.negative", "error"),
      finding("TH.sum", "warning"),
      finding("form.incomplete", "warning"),
    ]);
    expect(unjustifiedWarnings(checked)).toEqual(["form.incomplete", "TH.sum"]);
    expect(unjustifiedWarnings(checked, { "TH.sum": "vì" })).toEqual(["form.incomplete"]);
    expect(unjustifiedWarnings(checked, { "form.incomplete": " ", "TH.sum": "vì" })).toEqual([
      "form.incomplete",
    ]);
  });

  it("records who, when, the standard, the justifications of warnings found and the text signed", async () => {
    const out = await signReport(
      report(),
      result([finding("form.incomplete", "warning"), finding("signoff.changed", "error")]),
      {
        by: "  Nguyễn Văn A ",
        title: " Chi cục trưởng ",
        at: AT,
        justifications: { "form.incomplete": "  ô không phát sinh ", "TH.sum": "không có" },
      },
      sha256
    );
    expect(out).toEqual({
      ok: true,
      record: {
        by: "Nguyễn Văn A",
        title: "Chi cục trưởng",
        at: AT,
        standard: "THADS-TK-05-06",
        version: "2009.1",
        fingerprint: SIGNED_FP,
        justifications: { "form.incomplete": "ô không phát sinh" },
        canonical: SIGNED_TEXT,
      },
    });
    const plain = await signReport(
      { ...report(), standard: undefined },
      result([]),
      { by: "B", at: AT },
      sha256
    );
    expect(
      plain.ok && [
        plain.record.title,
        plain.record.standard,
        plain.record.version,
        plain.record.justifications,
      ]
    ).toEqual(["", "THADS-TK-05-06", "2009.2", {}]);
  });
});

async function signedReport(): Promise<WorkbookSnapshot> {
  const snapshot = report();
  const out = await signReport(
    snapshot,
    result([]),
    { by: "Nguyễn Văn A", title: "Chi cục trưởng", at: AT },
    sha256
  );
  if (!out.ok) throw new Error("refused");
  snapshot.meta = { standard: "THADS-TK-05-06", ...Object.fromEntries(recordToRows(out.record)) };
  return snapshot;
}

const damagedFinding = (reason: string): Finding => ({
  rule: "form.damaged",
  severity: "error",
  form: "",
  names: [],
  cells: [],
  left: null,
  right: null,
  difference: null,
  message: `Bản ghi ký duyệt trong trang THADS_META bị hỏng (${reason}); không xác minh được chữ ký, cần ký lại.`,
  messageEn: `The sign-off record in sheet THADS_META is damaged (${reason}); the sign-off cannot be verified, sign again.`,
});

describe("verifySignoff", () => {
  it("is unsigned without a record, with the report's fingerprint", async () => {
    expect(await verifySignoff(report(), sha256)).toEqual({
      state: "unsigned",
      fingerprint: SIGNED_FP,
      changes: [],
      findings: [],
    });
    expect(signoffStateNow(report())).toBe("unsigned");
  });

  it("is signed when nothing signed changed (ngày nhận is not signed)", async () => {
    const snapshot = await signedReport();
    snapshot.cells["TK05CD.P1.hdr.ngay_nhan"].value = "ngày khác";
    const status = await verifySignoff(snapshot, sha256);
    expect(status).toEqual({
      state: "signed",
      record: expect.objectContaining({ by: "Nguyễn Văn A", canonical: SIGNED_TEXT }),
      fingerprint: SIGNED_FP,
      changes: [],
      findings: [],
    });
    expect(signoffStateNow(snapshot)).toBe("signed");
  });

  it("names a changed number, old → new, in the form's own terms and both languages", async () => {
    const snapshot = await signedReport();
    snapshot.cells["TK05CD.P1.tra_don.ds"].value = 5;
    const status = await verifySignoff(snapshot, sha256);
    expect(status.state).toBe("changed");
    expect(status.fingerprint).toBe(
      "sha256:f76165821ab210f41256a699434785aa9c8429611d95bdd0fd3de19f7e6e71fa"
    );
    const where = {
      vi: "biểu 05 chủ động, trang 1, 5.3 «Trả đơn yêu cầu thi hành án», cột «Dân sự»",
      en: "form 05 on own initiative, page 1, 5.3 “Request returned”, column “Civil”",
    };
    expect(status.changes).toEqual([
      {
        name: "TK05CD.P1.tra_don.ds",
        cell: "'05-CD Trang 1'!E20",
        where,
        before: "n:2",
        after: "n:5",
      },
    ]);
    expect(status.findings).toEqual([
      {
        rule: "signoff.changed",
        severity: "error",
        form: "TK05CD",
        page: "P1",
        names: ["TK05CD.P1.tra_don.ds"],
        cells: ["'05-CD Trang 1'!E20"],
        left: 2,
        right: 5,
        difference: 3,
        message: `Đã thay đổi sau khi ký (Nguyễn Văn A (Chi cục trưởng), lúc ${AT}): ${where.vi}: lúc ký 2, nay 5.`,
        messageEn: `Changed after sign-off (Nguyễn Văn A (Chi cục trưởng), at ${AT}): ${where.en}: at signing 2, now 5.`,
        before: "2",
        after: "5",
        beforeValue: 2,
        afterValue: 5,
      },
    ]);
    expect(signoffStateNow(snapshot)).toBe("changed");
  });

  it("rounds the difference of decimals", async () => {
    const signedAtTenth = report();
    signedAtTenth.cells["TK05CD.P1.tra_don.ds"].value = 0.1;
    const out = await signReport(signedAtTenth, result([]), { by: "B", at: AT }, sha256);
    if (!out.ok) throw new Error("refused");
    signedAtTenth.meta = Object.fromEntries(recordToRows(out.record));
    signedAtTenth.cells["TK05CD.P1.tra_don.ds"].value = 0.3;
    const [f] = (await verifySignoff(signedAtTenth, sha256)).findings;
    expect([f.left, f.right, f.difference]).toEqual([0.1, 0.3, 0.2]);
  });

  it("names a header field emptied, a cell removed and a cell added; text has no numbers", async () => {
    const snapshot = await signedReport();
    snapshot.cells["TK05CD.P1.hdr.don_vi_bao_cao"].value = null;
    delete snapshot.cells["TK05CD.P1.thu_ly.tong"];
    snapshot.cells["TK05CD.P1.tra_don.hngd"] = { value: 1 };
    snapshot.cells["TK05CD.P1.hdr.nguoi_lap_bieu"] = {
      address: { sheet, row: 40, col: 2 },
      value: "B",
    };
    const status = await verifySignoff(snapshot, sha256);
    expect(status.changes.map((c) => [c.name, c.cell, c.where.vi, c.before, c.after])).toEqual([
      [
        "TK05CD.P1.hdr.don_vi_bao_cao",
        "'05-CD Trang 1'!A3",
        "biểu 05 chủ động, Đơn vị báo cáo",
        "s:Chi cục A",
        "",
      ],
      [
        "TK05CD.P1.hdr.nguoi_lap_bieu",
        "'05-CD Trang 1'!B40",
        "biểu 05 chủ động, Người lập biểu (ký, ghi rõ họ tên)",
        undefined,
        "s:B",
      ],
      [
        "TK05CD.P1.thu_ly.tong",
        undefined,
        expect.stringMatching(/^biểu 05 chủ động, trang 1, /),
        "f",
        undefined,
      ],
      [
        "TK05CD.P1.tra_don.hngd",
        undefined,
        expect.stringMatching(/^biểu 05 chủ động, trang 1, /),
        undefined,
        "!",
      ],
    ]);
    expect(status.changes[2]).not.toHaveProperty("cell");
    const [header, , removed, added] = status.findings;
    expect(header).toMatchObject({
      cells: ["'05-CD Trang 1'!A3"],
      left: null,
      right: null,
      difference: null,
      before: "Chi cục A",
      after: "(trống)",
      beforeValue: "Chi cục A",
      afterValue: null,
    });
    expect(header.message).toBe(
      `Đã thay đổi sau khi ký (Nguyễn Văn A (Chi cục trưởng), lúc ${AT}): biểu 05 chủ động, Đơn vị báo cáo: lúc ký Chi cục A, nay (trống).`
    );
    expect(header.messageEn).toBe(
      `Changed after sign-off (Nguyễn Văn A (Chi cục trưởng), at ${AT}): form 05 on own initiative, Reporting unit: at signing Chi cục A, now (blank).`
    );
    expect(removed).toMatchObject({
      cells: [],
      before: "(công thức)",
      after: "(không còn ô)",
      beforeValue: "(công thức)",
      afterValue: "(không còn ô)",
    });
    expect(removed.messageEn).toMatch(/: at signing \(formula\), now \(no cell\)\.$/);
    expect(added).toMatchObject({ before: "(không còn ô)", after: "(không còn ô)", left: null });
    expect(added.messageEn).toMatch(/: at signing \(no cell\), now \(no cell\)\.$/);
  });

  it("reports a damaged record as form.damaged, the report unsigned, never a throw", async () => {
    const cases: [Record<string, string>, string][] = [
      [{ "signoff.format": "9" }, "định dạng 9 không được hỗ trợ"],
      [{ "signoff.values.1": "~hỏng" }, "signoff.values không đọc được"],
      [
        { "signoff.values.1": "~THADS-SIGNOFF 1\n" },
        "signoff.values không khớp signoff.fingerprint",
      ],
    ];
    for (const [change, reason] of cases) {
      const snapshot = await signedReport();
      snapshot.meta = { ...snapshot.meta, ...change };
      expect(await verifySignoff(snapshot, sha256)).toEqual({
        state: "unsigned",
        fingerprint: SIGNED_FP,
        changes: [],
        findings: [damagedFinding(reason)],
      });
    }
    const damaged = await signedReport();
    damaged.meta!["signoff.format"] = "9";
    expect(signoffStateNow(damaged)).toBeUndefined();
    const unreadable = await signedReport();
    unreadable.meta!["signoff.values.1"] = "~hỏng";
    expect(signoffStateNow(unreadable)).toBeUndefined();
  });
});

describe("checkWithSignoff", () => {
  it("puts the sign-off's findings first, beside the standard's; a signed report's result is the standard's", async () => {
    const snapshot = await signedReport();
    const signed = await checkWithSignoff(snapshot, sha256);
    expect(signed.result).toBe(signed.standardResult);
    expect(signed.signoff.state).toBe("signed");

    snapshot.cells["TK05CD.P1.tra_don.ds"].value = 5;
    const changed = await checkWithSignoff(snapshot, sha256);
    expect(changed.standardResult.findings.map((f) => f.rule)).not.toContain("signoff.changed");
    expect(changed.result.findings[0].rule).toBe("signoff.changed");
    expect(changed.result.findings.slice(1)).toEqual(changed.standardResult.findings);
    expect(changed.result.errors).toBe(changed.standardResult.errors + 1);
    expect(changed.result.forms).toEqual(["TK05CD"]);
  });
});

describe("where a data point is", () => {
  it("in the form's own terms, else by its name", () => {
    expect(whereIs("TK05CD.P1.hdr.don_vi_bao_cao")).toEqual({
      vi: "biểu 05 chủ động, Đơn vị báo cáo",
      en: "form 05 on own initiative, Reporting unit",
    });
    expect(whereIs("TK05TH.P1.hdr.truong_thads")).toEqual({
      vi: "biểu 05 tổng hợp, Trưởng thi hành án dân sự (kiểm tra, ký, đóng dấu)",
      en: "form 05 consolidated, Head of civil judgment enforcement (checked, signed, sealed)",
    });
    expect(whereIs("TK05CD.P1.hdr.xyz")).toEqual({
      vi: "biểu 05 chủ động, xyz",
      en: "form 05 on own initiative, xyz",
    });
    expect(whereIs("TK06TD.P2.nothing.here")).toEqual({
      vi: "biểu 06 theo đơn, TK06TD.P2.nothing.here",
      en: "form 06 on request, TK06TD.P2.nothing.here",
    });
    expect(whereIs("ghi chú")).toEqual({ vi: "ghi chú", en: "ghi chú" });
    expect(whereIs("TK09CD.P1.a.b")).toEqual({ vi: "TK09CD.P1.a.b", en: "TK09CD.P1.a.b" });
  });

  it("names the standard a report records, else this build's", () => {
    expect(standardOf(report())).toEqual({ id: "THADS-TK-05-06", version: "2009.1" });
    expect(standardOf({ cells: {} })).toEqual({ id: "THADS-TK-05-06", version: "2009.2" });
  });
});
