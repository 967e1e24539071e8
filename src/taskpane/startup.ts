// Where the pane finds itself: in Excel, in a browser outside Office, or with office.js not loaded at all
// (offline, blocked by a proxy). The pane shows a clear message in the last two cases, never a blank page.
export type Startup =
  | { kind: "excel"; displayLanguage?: string }
  | { kind: "not-excel"; host?: string | null }
  | { kind: "no-office" };

interface OfficeLike {
  onReady(): Promise<{ host: unknown }>;
  HostType: { Excel: unknown };
  context?: { displayLanguage?: string };
}

/** Waits for Office at most `timeoutMs`: outside Office, onReady may never resolve. */
export async function detectStartup(
  office: OfficeLike | undefined,
  timeoutMs = 10_000
): Promise<Startup> {
  if (!office || typeof office.onReady !== "function") return { kind: "no-office" };
  const info = await Promise.race([
    office.onReady(),
    new Promise<undefined>((resolve) => setTimeout(() => resolve(undefined), timeoutMs)),
  ]);
  if (!info) return { kind: "no-office" };
  if (info.host === office.HostType.Excel)
    return { kind: "excel", displayLanguage: office.context?.displayLanguage };
  return { kind: "not-excel", host: info.host as string | null };
}
