import { t } from '../../utils/i18n';

export interface ReadingProgressProps {
  /** 0–1 */
  progress: number;
  testId?: string;
}

/** The thin line under the bar: how far through the article you are. */
export function ReadingProgress({ progress, testId }: ReadingProgressProps) {
  const percent = Math.round(progress * 100);
  return (
    <div class="qr-progress" role="progressbar" aria-label={t('view.progress')} aria-valuemin={0} aria-valuemax={100} aria-valuenow={percent} data-testid={testId}>
      <div class="qr-progress-fill" style={{ transform: `scaleX(${progress})` }} />
    </div>
  );
}
