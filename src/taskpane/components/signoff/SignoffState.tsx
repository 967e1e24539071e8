// Where the sign-off stands: not signed, signed (who, when), or changed after signing, naming each changed
// cell old → new in the form's own terms (its A1 address in the tooltip); each change selects its cell by
// click or keyboard.
import * as React from "react";
import { MessageBar, MessageBarBody, MessageBarTitle, Link } from "@fluentui/react-components";
import { entryText, type SignoffStatus } from "../../../core";
import { fill, type Language } from "../../i18n";
import type { SignoffStrings } from "./strings";

export interface SignoffStateProps {
  status?: SignoffStatus;
  strings: SignoffStrings;
  language: Language;
  onSelect: (cells: string[]) => void;
}

export function SignoffState({ status, strings, language, onSelect }: SignoffStateProps) {
  const record = status?.record;
  if (!status || !record) {
    return (
      <MessageBar intent="info" data-testid="signoff-state" data-state="unsigned">
        <MessageBarBody>{strings.unsigned}</MessageBarBody>
      </MessageBar>
    );
  }
  const who = record.title ? `${record.by} (${record.title})` : record.by;
  if (status.state === "signed") {
    return (
      <MessageBar intent="success" data-testid="signoff-state" data-state="signed">
        <MessageBarBody>
          <MessageBarTitle>{strings.signed}</MessageBarTitle>
          {fill(strings.signedBy, { by: who, at: record.at })}
        </MessageBarBody>
      </MessageBar>
    );
  }
  return (
    <MessageBar
      intent="warning"
      data-testid="signoff-state"
      data-state="changed"
      layout="multiline"
    >
      <MessageBarBody>
        <MessageBarTitle>{strings.changed}</MessageBarTitle>
        {fill(strings.changedDetail, { by: who, at: record.at })}
        <ul aria-label={strings.changed}>
          {status.changes.map((c) => (
            <li key={c.name} data-testid="signoff-change" data-name={c.name}>
              <Link
                as="button"
                title={c.cell ? `${strings.selectHint}: ${c.cell}` : undefined}
                onClick={() => c.cell && onSelect([c.cell])}
              >
                {fill(strings.change, {
                  where: c.where[language],
                  before: entryText(c.before, language),
                  after: entryText(c.after, language),
                })}
              </Link>
            </li>
          ))}
        </ul>
      </MessageBarBody>
    </MessageBar>
  );
}
