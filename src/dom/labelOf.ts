// The name a person knows a field by, for the error summaries (attach's, and the React and Vue components').

/** The name a person knows a field by: its label (without the required star), else aria-label, placeholder or name. */
export function labelOf(element: HTMLElement): string {
  // A radio group is named by its legend, not by its first option.
  const legend = (element as HTMLInputElement).type === 'radio' ? element.closest('fieldset')?.querySelector('legend') : undefined;
  const label = legend ?? (element as HTMLInputElement).labels?.[0];
  const text = label ? label.textContent : element.getAttribute('aria-label') ?? element.getAttribute('placeholder') ?? '';
  const words = (text ?? '').slice(0, 200).split(/\s+/).filter((w) => w !== '' && w !== '*');
  return words.join(' ').replace(/[*:]$/, '').slice(0, 80);
}
