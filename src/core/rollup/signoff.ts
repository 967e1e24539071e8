// The hook to the office head's sign-off (issue 10): a report signed and then changed is not added up.
// Until the sign-off module is in the core, no report can be told signed, and every state is unknown.
import type { WorkbookSnapshot } from "../snapshot";

export type SignoffState = "unsigned" | "signed" | "changed";

/** The sign-off state a report records, or undefined when it cannot be told. */
export const signoffStateOf: (snapshot: WorkbookSnapshot) => SignoffState | undefined = () =>
  undefined;
