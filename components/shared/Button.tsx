import type { ComponentChildren, TargetedMouseEvent } from 'preact';

export interface ButtonProps {
  children: ComponentChildren;
  onClick?: (event: TargetedMouseEvent<HTMLButtonElement>) => void;
  /** `primary` for the one main action of a screen, `quiet` for secondary ones, `danger` for resets. */
  variant?: 'primary' | 'secondary' | 'quiet' | 'danger';
  type?: 'button' | 'submit';
  disabled?: boolean;
  /** Accessible name when the visible label is only a symbol (e.g. "×"). */
  label?: string;
  testId?: string;
}

export function Button({ children, onClick, variant = 'secondary', type = 'button', disabled, label, testId }: ButtonProps) {
  return (
    <button type={type} class={`qr-button qr-button--${variant}`} onClick={onClick} disabled={disabled} aria-label={label} data-testid={testId}>
      {children}
    </button>
  );
}
