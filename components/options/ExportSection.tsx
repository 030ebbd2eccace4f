import type { Preferences } from '../../utils/settings/defaults';
import { Toggle } from '../shared/Toggle';
import { Section } from './Section';
import { t } from '../../utils/i18n';

export interface ExportSectionProps {
  preferences: Pick<Preferences, 'resumePosition' | 'exportRemovedAppendix'>;
  onChange: (change: Partial<Pick<Preferences, 'resumePosition' | 'exportRemovedAppendix'>>) => void;
  testId?: string;
}

/** Settings → "Your place and exports": resume where you stopped, and what a Markdown export holds. */
export function ExportSection({ preferences, onChange, testId }: ExportSectionProps) {
  return (
    <Section id="export" title={t('options.export.title')} testId={testId}>
      <Toggle
        checked={preferences.resumePosition}
        onChange={(resumePosition) => onChange({ resumePosition })}
        label={t('options.export.resume')}
        description={t('options.export.resumeHint')}
        testId="resume-position"
      />
      <Toggle
        checked={preferences.exportRemovedAppendix}
        onChange={(exportRemovedAppendix) => onChange({ exportRemovedAppendix })}
        label={t('options.export.appendix')}
        description={t('options.export.appendixHint')}
        testId="export-removed-appendix"
      />
    </Section>
  );
}
