import type { ComponentChildren } from 'preact';

export interface ToggleProps {
  checked: boolean;
  onChange: (checked: boolean) => void;
  /** Visible label; it is also the switch's accessible name. */
  label: ComponentChildren;
  /** A short line under the label. */
  description?: ComponentChildren;
  disabled?: boolean;
  testId?: string;
}

/** An on/off switch: a real checkbox with role="switch", so Space toggles it and screen readers say "on/off". */
export function Toggle({ checked, onChange, label, description, disabled, testId }: ToggleProps) {
  return (
    <label class={`qr-toggle${disabled ? ' qr-toggle--disabled' : ''}`}>
      <span class="qr-toggle__text">
        <span class="qr-toggle__label">{label}</span>
        {description ? <span class="qr-toggle__description">{description}</span> : null}
      </span>
      <input
        type="checkbox"
        role="switch"
        class="qr-toggle__input"
        checked={checked}
        disabled={disabled}
        aria-checked={checked}
        data-testid={testId}
        onChange={(event) => onChange(event.currentTarget.checked)}
      />
      <span class="qr-toggle__track" aria-hidden="true">
        <span class="qr-toggle__thumb" />
      </span>
    </label>
  );
}
