// Where a suggestion button goes inside its message, shared by the script tag's rendering and the React and Vue components.

/** Where a suggestion sits in its message: the last occurrence standing as a word of its own ("Mr" never inside "Mrs"). */
export function findSuggestion(message: string, suggestion: string): number {
  const word = /[\p{L}\p{N}]/u;
  for (let at = message.lastIndexOf(suggestion); at >= 0; at = at === 0 ? -1 : message.lastIndexOf(suggestion, at - 1)) {
    const before = message[at - 1] ?? ' ';
    const after = message[at + suggestion.length] ?? ' ';
    if (!word.test(before) && !word.test(after)) return at;
  }
  return -1;
}

/** The text on either side of a suggestion's button; a message that does not quote it gets the button after a space. */
export function aroundSuggestion(message: string, suggestion: string): [before: string, after: string] {
  const at = findSuggestion(message, suggestion);
  return at >= 0 ? [message.slice(0, at), message.slice(at + suggestion.length)] : [`${message} `, ''];
}

/** The most severe severity among `issues`, which names a message's style ('info' when none is worse). */
export const worstSeverity = (issues: readonly { severity: string }[]): 'error' | 'warning' | 'info' =>
  issues.some((i) => i.severity === 'error') ? 'error' : issues.some((i) => i.severity === 'warning') ? 'warning' : 'info';
