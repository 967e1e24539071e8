// Duyệt & ký: the office head's tab. It reads nothing itself: it takes the snapshot the validation loop
// already read (one read per edit), verifies the sign-off against it, shows the review, asks a justification
// per warning, and writes only when the head signs (the record) or asks for the printable review sheet.
// From the keyboard: every box and the «Ký duyệt» button are tab stops (the button stays focusable while it
// cannot sign, described by the reason); after signing, focus moves to the result and a live region says it.
import * as React from "react";
import {
  Button,
  Field,
  Input,
  MessageBar,
  MessageBarBody,
  Textarea,
} from "@fluentui/react-components";
import {
  checkWithSignoff,
  headerName,
  isoWithOffset,
  recordToRows,
  reviewSheet,
  reviewSheetPlan,
  ruleTitle,
  signReport,
  unjustifiedWarnings,
  type SignedCheck,
  type Sha256,
  type WorkbookPort,
  type WorkbookSnapshot,
} from "../../../core";
import { GENERAL_RULES } from "../../../forms";
import { fill, type Language } from "../../i18n";
import { ReviewTable } from "./ReviewTable";
import { SignoffState } from "./SignoffState";
import { webSha256 } from "./sha256";
import { SIGNOFF_STRINGS } from "./strings";
import { useStyles } from "../styles";

export interface SignoffTabProps {
  port: WorkbookPort;
  snapshot?: WorkbookSnapshot;
  language: Language;
  /** Re-read after writing, through the validation loop. */
  onWritten: () => void;
  sha256?: Sha256;
  now?: () => Date;
}

function headerText(snapshot: WorkbookSnapshot, forms: string[], code: string): string | undefined {
  for (const form of forms) {
    const v = snapshot.cells[headerName(form, code)]?.value;
    if (typeof v === "string" && v) return v;
  }
  return undefined;
}

export function SignoffTab({
  port,
  snapshot,
  language,
  onWritten,
  sha256 = webSha256,
  now = () => new Date(),
}: SignoffTabProps) {
  const strings = SIGNOFF_STRINGS[language];
  const [checked, setChecked] = React.useState<SignedCheck | undefined>();
  const [justifications, setJustifications] = React.useState<Record<string, string>>({});
  const [by, setBy] = React.useState("");
  const [title, setTitle] = React.useState("");
  const [busy, setBusy] = React.useState(false);
  const [notice, setNotice] = React.useState<
    { intent: "success" | "error"; text: string } | undefined
  >();
  const prefilled = React.useRef(false);
  const styles = useStyles();
  const resultRef = React.useRef<HTMLDivElement>(null);
  /** The time of a sign-off just written: focus goes to the result, and it is announced once it reads back. */
  const justSigned = React.useRef<string | undefined>(undefined);
  const [announcement, setAnnouncement] = React.useState("");
  const reasonId = React.useId();

  React.useEffect(() => {
    if (!snapshot) return;
    let live = true;
    void checkWithSignoff(snapshot, sha256).then((c) => {
      if (!live) return;
      setChecked(c);
      const record = c.signoff.record;
      if (record && !prefilled.current) {
        // Prefilled from the last sign-off: the same head usually signs again.
        prefilled.current = true;
        setBy(record.by);
        setTitle(record.title);
        setJustifications(record.justifications);
      }
    });
    return () => {
      live = false;
    };
  }, [snapshot, sha256]);

  // After signing: focus on the result, and the live region says who signed (once the record reads back).
  const state = checked?.signoff.state;
  React.useEffect(() => {
    if (!notice || !justSigned.current) return;
    resultRef.current?.focus();
    const record = checked?.signoff.record;
    if (notice.intent === "error") {
      justSigned.current = undefined;
      setAnnouncement(notice.text);
    } else if (state === "signed" && record?.at === justSigned.current) {
      justSigned.current = undefined;
      setAnnouncement(
        fill(strings.announceSigned, {
          by: record.title ? `${record.by} (${record.title})` : record.by,
          at: record.at,
        })
      );
    }
  }, [notice, state, checked, strings]);

  const select = (cells: string[]) => void port.select(cells).catch(() => undefined);
  if (!snapshot || !checked) return null;
  const { standardResult, signoff } = checked;
  if (standardResult.forms.length === 0)
    return (
      <MessageBar intent="info">
        <MessageBarBody>{strings.noForms}</MessageBarBody>
      </MessageBar>
    );

  const review = reviewSheet(snapshot, standardResult);
  const errors = standardResult.findings.filter((f) => f.severity === "error").length;
  const warningRules = [
    ...new Set(standardResult.findings.filter((f) => f.severity === "warning").map((f) => f.rule)),
  ];
  const missing = unjustifiedWarnings(standardResult, justifications);
  const canSign =
    errors === 0 && missing.length === 0 && by.trim() !== "" && !busy && !!port.writeSignoff;
  // Why «Ký duyệt» cannot sign now, read out with the button.
  const reason =
    errors > 0
      ? fill(strings.blocked, { n: errors })
      : missing.length > 0
        ? strings.needJustification
        : by.trim() === ""
          ? strings.needSigner
          : !port.writeSignoff
            ? strings.notHere
            : "";
  const describe = (rule: string) =>
    standardResult.findings.find((f) => f.rule === rule && f.severity === "warning")?.[
      language === "vi" ? "message" : "messageEn"
    ] ??
    GENERAL_RULES.find((r) => r.id === rule)?.description[language] ??
    rule;

  const sign = async () => {
    if (!canSign) return;
    setBusy(true);
    setNotice(undefined);
    try {
      const time = now();
      const at = isoWithOffset(time.getTime(), -time.getTimezoneOffset());
      justSigned.current = at;
      const outcome = await signReport(
        snapshot,
        standardResult,
        { by, title, at, justifications },
        sha256
      );
      if (!outcome.ok) throw new Error(outcome.reasons.map((r) => r[language]).join(" "));
      await port.writeSignoff!(recordToRows(outcome.record));
      setNotice({ intent: "success", text: strings.signedNow });
      onWritten();
    } catch (error) {
      setNotice({
        intent: "error",
        text: fill(strings.signFailed, { reason: (error as Error).message }),
      });
    } finally {
      setBusy(false);
    }
  };

  const print = async () => {
    setBusy(true);
    try {
      const forms = standardResult.forms;
      await port.writeReviewSheet!(
        reviewSheetPlan(review, signoff, signoff.record?.justifications ?? justifications, {
          unit: headerText(snapshot, forms, "don_vi_bao_cao"),
          period: headerText(snapshot, forms, "ky_bao_cao"),
        })
      );
      setNotice({ intent: "success", text: strings.printed });
    } catch (error) {
      setNotice({ intent: "error", text: (error as Error).message });
    } finally {
      setBusy(false);
    }
  };

  return (
    <section
      aria-label={strings.heading}
      style={{ display: "flex", flexDirection: "column", rowGap: "10px" }}
    >
      <div
        role="status"
        aria-live="polite"
        className={styles.srOnly}
        data-testid="signoff-announce"
      >
        {announcement}
      </div>
      <div
        ref={resultRef}
        tabIndex={-1}
        className={styles.notice}
        data-testid="signoff-result"
        style={{ display: "flex", flexDirection: "column", rowGap: "6px" }}
      >
        <SignoffState status={signoff} strings={strings} language={language} onSelect={select} />
        {notice && (
          <MessageBar intent={notice.intent} data-testid="signoff-notice">
            <MessageBarBody>{notice.text}</MessageBarBody>
          </MessageBar>
        )}
      </div>
      <ReviewTable review={review} strings={strings} language={language} onSelect={select} />
      {errors > 0 && (
        <MessageBar intent="error" data-testid="signoff-blocked">
          <MessageBarBody id={reasonId}>{fill(strings.blocked, { n: errors })}</MessageBarBody>
        </MessageBar>
      )}
      {warningRules.map((rule) => (
        <Field
          key={rule}
          label={`${strings.justify}: «${ruleTitle(rule)[language]}»`}
          hint={describe(rule)}
          required
          data-testid="justification"
          data-rule={rule}
        >
          <Textarea
            value={justifications[rule] ?? ""}
            placeholder={strings.justifyPlaceholder}
            onChange={(_e, d) => setJustifications((j) => ({ ...j, [rule]: d.value }))}
          />
        </Field>
      ))}
      <Field label={strings.signer} required>
        <Input value={by} onChange={(_e, d) => setBy(d.value)} />
      </Field>
      <Field label={strings.title}>
        <Input value={title} onChange={(_e, d) => setTitle(d.value)} />
      </Field>
      {reason && !busy && errors === 0 && (
        <MessageBar intent={reason === strings.notHere ? "info" : "warning"}>
          <MessageBarBody id={reasonId} data-testid="signoff-reason">
            {reason}
          </MessageBarBody>
        </MessageBar>
      )}
      <div style={{ display: "flex", columnGap: "8px", flexWrap: "wrap" }}>
        <Button
          appearance="primary"
          disabledFocusable={!canSign}
          aria-describedby={reason && !busy ? reasonId : undefined}
          onClick={() => void sign()}
        >
          {busy ? strings.signing : signoff.state === "unsigned" ? strings.sign : strings.signAgain}
        </Button>
        {port.writeReviewSheet && (
          <Button disabled={busy} onClick={() => void print()} title={strings.printHint}>
            {strings.printSheet}
          </Button>
        )}
      </div>
    </section>
  );
}
