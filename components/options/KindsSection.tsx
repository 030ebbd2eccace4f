import { CLUTTER_KINDS, CLUTTER_KIND_LABELS, type ClutterKind } from '../../core/types';
import { Toggle } from '../shared/Toggle';
import { Section } from './Section';

export interface KindsSectionProps {
  kindsOff: readonly ClutterKind[];
  onKindEnabled: (kind: ClutterKind, enabled: boolean) => void;
  testId?: string;
}

export function KindsSection({ kindsOff, onKindEnabled, testId }: KindsSectionProps) {
  return (
    <Section id="kinds" title="What to remove" description="Quiet Reader removes these kinds of clutter from every article. Switch a kind off to keep it." testId={testId}>
      <div class="options-toggles">
        {CLUTTER_KINDS.map((kind) => (
          <Toggle
            key={kind}
            checked={!kindsOff.includes(kind)}
            onChange={(enabled) => onKindEnabled(kind, enabled)}
            label={CLUTTER_KIND_LABELS[kind].description}
            testId={`kind-${kind}`}
          />
        ))}
      </div>
    </Section>
  );
}
