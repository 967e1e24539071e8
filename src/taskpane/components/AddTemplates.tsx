// The form-adding view: which forms, variants and edition, the header fields, then one click.
import * as React from "react";
import {
  Button,
  Field,
  Input,
  MessageBar,
  MessageBarActions,
  MessageBarBody,
  ProgressBar,
  Radio,
  RadioGroup,
  Text,
} from "@fluentui/react-components";
import {
  PartialTemplateError,
  formShortLabel,
  planWorkbook,
  reportingPeriod,
  type InsertProgress,
  type WorkbookPlan,
  type WorkbookPort,
} from "../../core";
import {
  VARIANTS,
  VARIANT_LABELS,
  families,
  formInstance,
  registeredForms,
  type Edition,
  type FormFamily,
  type Variant,
} from "../../forms";
import { fill, type Strings } from "../i18n";
import { useStyles } from "./styles";

type FormChoice = FormFamily | "all";
type VariantChoice = Variant | "all";

export interface AddTemplatesProps {
  port: WorkbookPort;
  strings: Strings;
  today: Date;
  existingForms: string[];
  onAdded: (sheets: number) => void;
}

/** "05 chủ động, 06 tổng hợp": forms by id, as the pane names them. */
export function formLabelList(ids: string[], strings: Strings): string {
  return ids.map((id) => formShortLabel(id)[strings.language]).join(", ");
}

export function AddTemplates({ port, strings, today, existingForms, onAdded }: AddTemplatesProps) {
  const styles = useStyles();
  const [form, setForm] = React.useState<FormChoice>("all");
  const [variant, setVariant] = React.useState<VariantChoice>("TH");
  const [edition, setEdition] = React.useState<Edition>("office");
  const [period, setPeriod] = React.useState(
    reportingPeriod({ year: today.getFullYear(), month: today.getMonth() + 1 }).label
  );
  const [unit, setUnit] = React.useState("");
  const [receiver, setReceiver] = React.useState("");
  const [progress, setProgress] = React.useState<InsertProgress | undefined>();
  const [error, setError] = React.useState<string | undefined>();
  // An add that stopped half-way: what exists, and the plan to finish or take back.
  const [partial, setPartial] = React.useState<
    { plan: WorkbookPlan; error: PartialTemplateError } | undefined
  >();
  const [removed, setRemoved] = React.useState(false);

  const chosen: FormFamily[] = form === "all" ? families() : [form];
  const variants: Variant[] = variant === "all" ? VARIANTS : [variant];
  const requested = chosen.flatMap((f) => variants.map((v) => formInstance(f, v)));
  const clashes = requested.map((f) => f.id).filter((id) => existingForms.includes(id));

  const failed = (e: unknown, plan?: WorkbookPlan) => {
    setProgress(undefined);
    if (e instanceof PartialTemplateError && plan) setPartial({ plan, error: e });
    else setError(fill(strings.addFailed, { reason: (e as Error).message || String(e) }));
  };

  const add = async () => {
    setError(undefined);
    setRemoved(false);
    setProgress({ done: 0, total: 1, step: strings.adding });
    let plan: WorkbookPlan | undefined;
    try {
      const info = await port.info();
      const snapshot = await port.readSnapshot();
      plan = planWorkbook(
        {
          forms: requested,
          edition,
          header: { ky_bao_cao: period, don_vi_bao_cao: unit, don_vi_nhan: receiver },
          existingSheets: info.sheets,
          existingForms: info.forms,
        },
        (name) => snapshot.cells[name]?.address
      );
      await port.addTemplates(plan, setProgress);
      setProgress(undefined);
      onAdded(plan.sheets.length);
    } catch (e) {
      failed(e, plan);
    }
  };

  const finish = async () => {
    const plan = partial!.plan;
    setPartial(undefined);
    setProgress({ done: 0, total: 1, step: strings.adding });
    try {
      await port.finishTemplates!(plan, setProgress);
      setProgress(undefined);
      onAdded(plan.sheets.length);
    } catch (e) {
      failed(e, plan);
    }
  };

  const remove = async () => {
    const plan = partial!.plan;
    setPartial(undefined);
    try {
      await port.removeTemplates!(plan);
      setRemoved(true);
    } catch (e) {
      failed(e, plan);
    }
  };

  const busy = progress !== undefined;
  return (
    <form
      className={styles.column}
      onSubmit={(e) => {
        e.preventDefault();
        if (!busy && clashes.length === 0 && !partial) void add();
      }}
    >
      <Field label={strings.form}>
        <RadioGroup
          value={form}
          onChange={(_e, d) => setForm(d.value as FormChoice)}
          layout="horizontal"
          className={styles.options}
        >
          {registeredForms().map((spec) => (
            <Radio
              key={spec.family}
              value={spec.family}
              label={`${spec.family} (${spec.measure[strings.language]})`}
              className={styles.option}
            />
          ))}
          <Radio
            value="all"
            label={registeredForms().length === 2 ? strings.formBoth : strings.formAll}
            className={styles.option}
          />
        </RadioGroup>
      </Field>
      <Field label={strings.variant} hint={variant === "all" ? strings.variantAllHint : undefined}>
        <RadioGroup
          value={variant}
          onChange={(_e, d) => setVariant(d.value as VariantChoice)}
          layout="horizontal"
          className={styles.options}
        >
          {VARIANTS.map((v) => (
            <Radio
              key={v}
              value={v}
              label={VARIANT_LABELS[v][strings.language]}
              className={styles.option}
            />
          ))}
          <Radio value="all" label={strings.variantAll} className={styles.option} />
        </RadioGroup>
      </Field>
      <Field label={strings.edition}>
        <RadioGroup
          value={edition}
          onChange={(_e, d) => setEdition(d.value as Edition)}
          layout="horizontal"
          className={styles.options}
        >
          <Radio value="officer" label={strings.editionOfficer} className={styles.option} />
          <Radio value="office" label={strings.editionOffice} className={styles.option} />
        </RadioGroup>
      </Field>
      <Field label={strings.period} hint={strings.periodHint}>
        <Input value={period} onChange={(_e, d) => setPeriod(d.value)} />
      </Field>
      <Field
        label={strings.unit}
        hint={edition === "officer" ? strings.unitOfficerHint : strings.unitOfficeHint}
      >
        <Input value={unit} onChange={(_e, d) => setUnit(d.value)} />
      </Field>
      <Field label={strings.receiver}>
        <Input value={receiver} onChange={(_e, d) => setReceiver(d.value)} />
      </Field>
      {clashes.length > 0 && (
        <MessageBar intent="warning">
          <MessageBarBody>
            {fill(strings.exists, { forms: formLabelList(clashes, strings) })}
          </MessageBarBody>
        </MessageBar>
      )}
      {error && (
        <MessageBar intent="error">
          <MessageBarBody>{error}</MessageBarBody>
        </MessageBar>
      )}
      {partial && (
        <MessageBar intent="error" layout="multiline">
          <MessageBarBody>
            {fill(partial.error.onlySettingsLeft ? strings.partialSettings : strings.partial, {
              sheets: partial.error.written.join(", "),
              reason: String(
                (partial.error.reason as Error)?.message ?? partial.error.reason ?? ""
              ),
            })}
          </MessageBarBody>
          <MessageBarActions>
            {port.finishTemplates && (
              <Button onClick={() => void finish()}>{strings.finish}</Button>
            )}
            {port.removeTemplates && (
              <Button onClick={() => void remove()}>{strings.removePartial}</Button>
            )}
          </MessageBarActions>
        </MessageBar>
      )}
      {removed && (
        <MessageBar intent="info">
          <MessageBarBody>{strings.removed}</MessageBarBody>
        </MessageBar>
      )}
      {busy && (
        <Field validationMessage={progress.step} validationState="none">
          <ProgressBar value={progress.total ? progress.done / progress.total : undefined} />
        </Field>
      )}
      <Button
        appearance="primary"
        type="submit"
        disabled={busy || clashes.length > 0 || partial !== undefined}
      >
        {strings.add}
      </Button>
      {busy && <Text size={200}>{strings.adding}</Text>}
    </form>
  );
}
