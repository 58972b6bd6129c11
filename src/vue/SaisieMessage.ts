// A field's message in Vue, rendered as the script tag renders it (src/dom/createFieldMessage.ts): same classes, same button.
import { defineComponent, h, type PropType } from 'vue';
import { aroundSuggestion, worstSeverity } from '../core/form/findSuggestion.js';
import type { SaisieVueForm } from './types.js';

/** `<SaisieMessage :form="form" name="email" />`: a field's visible issues, each suggestion a button that applies it, and a polite live region. */
export const SaisieMessage = defineComponent({
  name: 'SaisieMessage',
  props: { form: { type: Object as PropType<SaisieVueForm>, required: true }, name: { type: String, required: true } },
  setup(props) {
    return () => {
      const issues = props.form.fields[props.name]?.value.visible ?? [];
      const live = h('span', { class: 'saisie-live', role: 'status', 'aria-live': 'polite' }, props.form.fields[props.name]?.value.announce ?? '');
      if (issues.length === 0) return live;
      const worst = worstSeverity(issues);
      return [live, h('div', { id: props.form.messageId(props.name), class: `saisie-message saisie-message--${worst}` }, issues.map((issue) => {
        const s = issue.suggestion;
        const around = s === undefined ? undefined : aroundSuggestion(issue.message, s);
        const text = !around ? [issue.message] : [around[0], h('button', { type: 'button', class: 'saisie-suggestion', 'aria-label': props.form.controller.applyLabel(s!), onClick: () => props.form.apply(props.name, s!) }, s), around[1]];
        return h('p', { key: issue.code, class: `saisie-issue saisie-issue--${issue.severity}`, 'data-code': issue.code }, text);
      }))];
    };
  },
});
