// Tổng hợp: the provincial office's and the ministry's tab. The officer chooses the reports received; each is
// read in the browser (the reader is loaded only then), checked, and refused or accepted exactly as
// `thads-forms aggregate` does (the same core: Aggregator, the same reasons named with their files, the same
// override, recorded); the consolidated report is added to the open workbook as new sheets.
import * as React from "react";
import {
  Button,
  Checkbox,
  Field,
  Input,
  MessageBar,
  MessageBarBody,
  ProgressBar,
  Text,
} from "@fluentui/react-components";
import {
  Aggregator,
  FormsPresentError,
  digestReport,
  type Aggregation,
  type InsertProgress,
  type ReportDigest,
  type WorkbookPort,
} from "../../../core";
import { fill, STRINGS, type Language } from "../../i18n";
import { formLabelList } from "../AddTemplates";
import { useStyles } from "../styles";
import type { FileRead } from "./read-reports";
import { ROLLUP_STRINGS } from "./strings";

export type ReadReports = typeof import("./read-reports").readReports;

/** The reader's chunk, fetched the first time the officer chooses files. */
const lazyReader: () => Promise<ReadReports> = () =>
  import(/* webpackChunkName: "rollup-reader" */ "./read-reports").then((m) => m.readReports);

export interface RollupTabProps {
  port: WorkbookPort;
  language: Language;
  /** After adding: how many sheets, and the sentence that says what was added. */
  onAdded: (sheets: number, text: string) => void;
  /** Says a result in the pane's live region. */
  announce: (text: string) => void;
  now?: () => Date;
  loadReader?: () => Promise<ReadReports>;
}

/** A file's result as the tab keeps it: what consolidation needs (small), or why it cannot be read. */
type ReadOutcome = { file: string; digest: ReportDigest } | { file: string; error: string };

interface Options {
  unit: string;
  unitCode: string;
  receiver: string;
  force: boolean;
}

/** The core's consolidation of the files read, with the officer's options (as the CLI's flags). */
function consolidate(
  digests: ReportDigest[],
  options: Options,
  now: Date,
  existingSheets?: string[]
): Aggregation {
  const aggregator = new Aggregator({
    now,
    force: options.force,
    unit: options.unit.trim() || undefined,
    unitCode: options.unitCode.trim() || undefined,
    receiver: options.receiver.trim() || undefined,
    existingSheets,
  });
  for (const digest of digests) aggregator.add(digest);
  return aggregator.finish();
}

export function RollupTab({
  port,
  language,
  onAdded,
  announce,
  now = () => new Date(),
  loadReader = lazyReader,
}: RollupTabProps) {
  const strings = ROLLUP_STRINGS[language];
  const styles = useStyles();
  const input = React.useRef<HTMLInputElement>(null);
  const verdictRef = React.useRef<HTMLDivElement>(null);
  const [outcomes, setOutcomes] = React.useState<ReadOutcome[] | undefined>();
  const [reading, setReading] = React.useState<
    { done: number; total: number; file: string } | undefined
  >();
  const [options, setOptions] = React.useState<Options>({
    unit: "",
    unitCode: "",
    receiver: "",
    force: false,
  });
  const [progress, setProgress] = React.useState<InsertProgress | undefined>();
  const [error, setError] = React.useState<string | undefined>();
  const focusVerdict = React.useRef(false);

  const digests = (outcomes ?? []).flatMap((o) => ("digest" in o ? [o.digest] : []));
  const unreadable = (outcomes ?? []).filter((o) => "error" in o).length;
  const preview = digests.length > 0 ? consolidate(digests, options, now()) : undefined;
  const message = (r: { message: string; messageEn: string }) =>
    language === "vi" ? r.message : r.messageEn;

  const verdict: { intent: "error" | "warning" | "success"; text: string } | undefined = !outcomes
    ? undefined
    : unreadable > 0 || !preview
      ? { intent: "error", text: fill(strings.blockedUnreadable, { n: unreadable }) }
      : preview.refused
        ? { intent: "error", text: fill(strings.refused, { n: preview.refusals.length }) }
        : preview.refusals.length > 0
          ? { intent: "warning", text: fill(strings.forced, { n: preview.refusals.length }) }
          : {
              intent: "success",
              text: fill(strings.ready, {
                n: digests.length,
                forms: formLabelList(preview.forms, STRINGS[language]),
                period: preview.period ?? strings.noPeriod,
              }),
            };

  // After reading, keyboard and screen-reader users land on the verdict; the live region says it.
  React.useEffect(() => {
    if (!focusVerdict.current || !verdict) return;
    focusVerdict.current = false;
    verdictRef.current?.focus();
    announce(fill(strings.announceRead, { total: outcomes!.length, verdict: verdict.text }));
  });

  const choose = async (files: File[]) => {
    if (files.length === 0) return;
    setError(undefined);
    setOutcomes(undefined);
    setReading({ done: 0, total: files.length, file: "" });
    try {
      const read = await loadReader();
      const result: ReadOutcome[] = [];
      await read(
        files,
        (done, file) => setReading({ done, total: files.length, file }),
        { noInflate: strings.noInflate, unreadable: strings.readFailed },
        (r: FileRead) => result.push("error" in r ? r : { file: r.file, digest: digestReport(r) })
      );
      focusVerdict.current = true;
      setOutcomes(result);
    } catch (e) {
      setError(fill(strings.addFailed, { reason: (e as Error).message || String(e) }));
    } finally {
      setReading(undefined);
    }
  };

  const canAdd = !!preview && unreadable === 0 && !preview.refused && !progress && !reading;

  const add = async () => {
    setError(undefined);
    setProgress({ done: 0, total: 1, step: strings.adding });
    try {
      const info = await port.info();
      if (info.forms.length > 0) {
        setProgress(undefined);
        setError(fill(strings.hasForms, { forms: formLabelList(info.forms, STRINGS[language]) }));
        return;
      }
      const result = consolidate(digests, options, now(), info.sheets);
      await port.addTemplates(result.plan!, setProgress);
      setProgress(undefined);
      const sheets = result.plan!.sheets.length;
      onAdded(sheets, fill(strings.added, { files: digests.length, n: sheets }));
    } catch (e) {
      setProgress(undefined);
      setError(
        e instanceof FormsPresentError
          ? fill(strings.hasForms, { forms: formLabelList(e.forms, STRINGS[language]) })
          : fill(strings.addFailed, { reason: (e as Error).message || String(e) })
      );
    }
  };

  const field = (key: "unit" | "unitCode" | "receiver") => ({
    value: options[key],
    onChange: (_e: unknown, d: { value: string }) => setOptions((o) => ({ ...o, [key]: d.value })),
  });

  return (
    <section aria-label={strings.heading} className={styles.column}>
      <Text>{strings.intro}</Text>
      <input
        ref={input}
        type="file"
        accept=".xlsx,application/vnd.openxmlformats-officedocument.spreadsheetml.sheet"
        multiple
        hidden
        tabIndex={-1}
        aria-hidden="true"
        data-testid="rollup-files"
        onChange={(e) => {
          const files = [...(e.target.files ?? [])];
          e.target.value = ""; // the same files may be chosen again after they are corrected
          void choose(files);
        }}
      />
      <Button disabled={!!reading || !!progress} onClick={() => input.current?.click()}>
        {outcomes ? strings.chooseAgain : strings.choose}
      </Button>
      {reading && (
        <Field
          validationState="none"
          validationMessage={
            reading.file
              ? fill(strings.reading, {
                  done: reading.done + 1,
                  total: reading.total,
                  file: reading.file,
                })
              : strings.loadingReader
          }
        >
          <ProgressBar value={reading.total ? reading.done / reading.total : undefined} />
        </Field>
      )}
      {verdict && (
        <div ref={verdictRef} tabIndex={-1} className={styles.notice} data-testid="rollup-verdict">
          <MessageBar intent={verdict.intent} layout="multiline">
            <MessageBarBody>
              {verdict.text}
              {preview && preview.refusals.length > 0 && unreadable === 0 && (
                <ul className={styles.folded} data-testid="rollup-refusals">
                  {preview.refusals.map((r, i) => (
                    <li key={i}>{message(r)}</li>
                  ))}
                </ul>
              )}
              {preview?.refused && unreadable === 0 && <div>{strings.refusedHint}</div>}
            </MessageBarBody>
          </MessageBar>
        </div>
      )}
      {outcomes && (
        <ul
          aria-label={strings.filesLabel}
          className={styles.folded}
          data-testid="rollup-files-read"
        >
          {outcomes.map((o, i) => (
            <li key={i}>
              <strong>{o.file}</strong>
              {" — "}
              {"error" in o
                ? fill(strings.unreadable, { reason: o.error })
                : [
                    o.digest.identity.unit ?? strings.unknownUnit,
                    o.digest.identity.period ?? strings.noPeriod,
                    o.digest.errors > 0
                      ? fill(strings.fileErrors, { n: o.digest.errors })
                      : strings.fileOk,
                  ].join(" · ")}
            </li>
          ))}
        </ul>
      )}
      <Field label={strings.unit} hint={strings.unitHint}>
        <Input {...field("unit")} />
      </Field>
      <Field label={strings.unitCode} hint={strings.unitCodeHint}>
        <Input {...field("unitCode")} />
      </Field>
      <Field label={strings.receiver}>
        <Input {...field("receiver")} />
      </Field>
      <Field hint={strings.forceHint}>
        <Checkbox
          label={strings.force}
          checked={options.force}
          onChange={(_e, d) => setOptions((o) => ({ ...o, force: d.checked === true }))}
        />
      </Field>
      {error && (
        <MessageBar intent="error" layout="multiline" data-testid="rollup-error">
          <MessageBarBody>{error}</MessageBarBody>
        </MessageBar>
      )}
      {progress && (
        <Field validationMessage={progress.step} validationState="none">
          <ProgressBar value={progress.total ? progress.done / progress.total : undefined} />
        </Field>
      )}
      <Button appearance="primary" disabled={!canAdd} onClick={() => void add()}>
        {strings.add}
      </Button>
    </section>
  );
}
