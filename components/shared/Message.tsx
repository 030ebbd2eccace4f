import type { ComponentChildren } from 'preact';

export interface MessageProps {
  /** `info` for neutral states (loading, empty), `warning` for "can't here", `error` for failures. */
  tone?: 'info' | 'warning' | 'error' | 'success';
  title: string;
  children?: ComponentChildren;
  /** Buttons or links offered as the way forward. */
  actions?: ComponentChildren;
  /** Errors interrupt (role="alert"); other states are announced politely (role="status"). */
  testId?: string;
  icon?: ComponentChildren;
}

/** Every empty, waiting and error state is one of these, with a test id (STYLE.md §6). */
export function Message({ tone = 'info', title, children, actions, testId, icon }: MessageProps) {
  return (
    <div class={`qr-message qr-message--${tone}`} role={tone === 'error' ? 'alert' : 'status'} data-testid={testId}>
      {icon ? <div class="qr-message__icon" aria-hidden="true">{icon}</div> : null}
      <p class="qr-message__title">{title}</p>
      {children ? <div class="qr-message__body">{children}</div> : null}
      {actions ? <div class="qr-message__actions">{actions}</div> : null}
    </div>
  );
}
