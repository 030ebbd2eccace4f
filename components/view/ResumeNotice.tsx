export interface ResumeNoticeProps {
  /** The progress the view resumed at (0–1). */
  resumedAt: number;
  onStartFromTop: () => void;
  testId?: string;
}

/** "Back where you left off (42%)" with the way back to the beginning, in the bar. */
export function ResumeNotice({ resumedAt, onStartFromTop, testId }: ResumeNoticeProps) {
  return (
    <span class="qr-resume" role="status" data-testid={testId}>
      Back where you left off ({Math.round(resumedAt * 100)}%)
      <button type="button" class="qr-quiet-button" data-testid="resume-start-over" onClick={onStartFromTop}>
        Start from the top
      </button>
    </span>
  );
}
