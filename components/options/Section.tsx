import type { ComponentChildren } from 'preact';

export interface SectionProps {
  id: string;
  title: string;
  description?: ComponentChildren;
  children: ComponentChildren;
  testId?: string;
}

/** One titled card of the settings page; the title labels the region for screen readers. */
export function Section({ id, title, description, children, testId }: SectionProps) {
  return (
    <section id={id} class="options-section" aria-labelledby={`${id}-title`} data-testid={testId ?? `section-${id}`}>
      <h2 id={`${id}-title`} class="options-section__title">{title}</h2>
      {description ? <p class="options-section__description">{description}</p> : null}
      <div class="options-section__body">{children}</div>
    </section>
  );
}
