import type { Preferences } from '../../utils/settings/defaults';
import { Toggle } from '../shared/Toggle';
import { Section } from './Section';

export interface ExportSectionProps {
  preferences: Pick<Preferences, 'resumePosition' | 'exportRemovedAppendix'>;
  onChange: (change: Partial<Pick<Preferences, 'resumePosition' | 'exportRemovedAppendix'>>) => void;
  testId?: string;
}

/** Settings → "Your place and exports": resume where you stopped, and what a Markdown export holds. */
export function ExportSection({ preferences, onChange, testId }: ExportSectionProps) {
  return (
    <Section id="export" title="Your place and exports" testId={testId}>
      <Toggle
        checked={preferences.resumePosition}
        onChange={(resumePosition) => onChange({ resumePosition })}
        label="Keep my place in each article"
        description="The clean view returns to where you stopped reading (the last 200 articles, on this device only). “Forget everything” under Site memory clears it."
        testId="resume-position"
      />
      <Toggle
        checked={preferences.exportRemovedAppendix}
        onChange={(exportRemovedAppendix) => onChange({ exportRemovedAppendix })}
        label="List what was removed in exports"
        description="Markdown and HTML files end with “Removed by Quiet Reader”: each removed block’s kind, reason and first words."
        testId="export-removed-appendix"
      />
    </Section>
  );
}
