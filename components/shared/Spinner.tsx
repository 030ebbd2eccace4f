export interface SpinnerProps {
  /** What is being waited for, read out to screen readers. */
  label: string;
  testId?: string;
}

export function Spinner({ label, testId }: SpinnerProps) {
  return (
    <span class="qr-spinner" role="progressbar" aria-label={label} aria-busy="true" data-testid={testId}>
      <span class="qr-spinner__dot" />
      <span class="qr-spinner__dot" />
      <span class="qr-spinner__dot" />
    </span>
  );
}
