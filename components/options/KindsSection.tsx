import { CLUTTER_KINDS, type ClutterKind } from '../../core/types';
import { t } from '../../utils/i18n';
import { kindDescription } from '../../utils/i18n/kinds';
import { Toggle } from '../shared/Toggle';
import { Section } from './Section';

export interface KindsSectionProps {
  kindsOff: readonly ClutterKind[];
  onKindEnabled: (kind: ClutterKind, enabled: boolean) => void;
  testId?: string;
}

export function KindsSection({ kindsOff, onKindEnabled, testId }: KindsSectionProps) {
  return (
    <Section id="kinds" title={t('options.kinds.title')} description={t('options.kinds.description')} testId={testId}>
      <div class="options-toggles">
        {CLUTTER_KINDS.map((kind) => (
          <Toggle
            key={kind}
            checked={!kindsOff.includes(kind)}
            onChange={(enabled) => onKindEnabled(kind, enabled)}
            label={kindDescription(kind)}
            testId={`kind-${kind}`}
          />
        ))}
      </div>
    </Section>
  );
}
