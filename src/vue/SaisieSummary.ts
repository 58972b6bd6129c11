// The summary of a stopped submit in Vue, as the script tag renders it (src/dom/createErrorSummary.ts): a heading, a
// link per problem that focuses its field, focused itself when a submit shows it.
import { defineComponent, h, nextTick, onMounted, onUnmounted, ref, watch, type PropType } from 'vue';
import type { SaisieVueForm } from './types.js';

let summaries = 0;

/** `<SaisieSummary :form="form" />`, first in the form: what stopped the last submit, GOV.UK style. */
export const SaisieSummary = defineComponent({
  name: 'SaisieSummary',
  props: { form: { type: Object as PropType<SaisieVueForm>, required: true } },
  setup(props) {
    const box = ref<HTMLElement | null>(null);
    const id = `saisie-summary-v${++summaries}`;
    onMounted(() => props.form.claimFocus(true));
    onUnmounted(() => props.form.claimFocus(false));
    // A new submit, not every change, takes the focus.
    watch(() => props.form.summary.value?.shown, (shown) => shown && void nextTick(() => box.value?.focus()));
    return () => {
      const summary = props.form.summary.value;
      if (!summary) return null;
      const form = props.form;
      return h('div', { ref: box, class: `saisie-summary saisie-summary--${summary.kind}`, tabindex: -1, role: 'alert', 'aria-labelledby': id }, [
        h('h2', { class: 'saisie-summary__title', id }, summary.title),
        summary.hint ? h('p', { class: 'saisie-summary__hint' }, summary.hint) : null,
        h('ul', { class: 'saisie-summary__list' }, summary.items.map((item, i) =>
          h('li', { key: `${item.name}:${i}` }, [h('a', { href: `#${form.idOf(item.name)}`, onClick: (e: Event) => (e.preventDefault(), form.focus(item.name)) }, form.controller.summaryItem(form.labelOf(item.name), item.message))]))),
      ]);
    };
  },
});
