/**
 * A form's primary action. While the request runs it stays focusable
 * (aria-disabled, not disabled, so focus is not lost) and says what it is doing.
 */
export function SubmitButton({ busy, label, busyLabel }: { busy: boolean; label: string; busyLabel: string }) {
  return (
    <button type="submit" className="button button--primary" aria-disabled={busy || undefined}>
      {busy ? busyLabel : label}
    </button>
  );
}
