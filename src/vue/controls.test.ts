// @vitest-environment jsdom
// saisie/vue with radios, a checkbox, prefilled and reset models, double-clicks and the live region: what a new
// user's own form met first (a helper's trial, issue 11).
import { afterEach, describe, expect, it, vi } from 'vitest';
import { defineComponent, nextTick, ref } from 'vue';
import { cleanup, render, screen } from '@testing-library/vue';
import userEvent from '@testing-library/user-event';
import { SaisieMessage, SaisieSummary, useSaisieForm, vSaisie, type SaisieVueForm } from '../vue.js';
import { setDataLoader } from '../index.js';
import { loadData } from '../data/index.js';

setDataLoader(loadData);

const warnings = vi.spyOn(console, 'warn');
afterEach(() => {
  cleanup();
  expect(warnings.mock.calls.map((c) => String(c[0]))).toEqual([]); // "Maximum recursive updates" among others
  warnings.mockClear();
});
let form: SaisieVueForm;
let models: { titre: { value: string }; mobile: { value: string }; cgu: { value: boolean }; mail: { value: string } };
const Mini = defineComponent({
  components: { SaisieMessage },
  directives: { saisie: vSaisie },
  props: { onDone: { type: Function, required: true } },
  setup(props) {
    form = useSaisieForm({ titre: 'civility', mail: 'email', mobile: 'phone', cgu: { required: true } }, { locale: 'fr', country: 'FR' });
    models = { titre: ref(''), mobile: ref('0612345678'), cgu: ref(false), mail: ref('') };
    return { form, ...models, submit: form.handleSubmit((v) => props.onDone(v)) };
  },
  template: `
    <form novalidate @submit="submit">
      <fieldset><legend>Civilité</legend>
        <label><input type="radio" value="M." v-model="titre" v-saisie:titre="form" /> M.</label>
        <label><input type="radio" value="Mme" v-model="titre" v-saisie:titre="form" /> Mme</label>
      </fieldset>
      <label for="mail">Courriel</label><input id="mail" type="email" v-model="mail" v-saisie:mail="form" /><SaisieMessage :form="form" name="mail" />
      <label for="mobile">Portable</label><input id="mobile" type="tel" v-model="mobile" v-saisie:mobile="form" />
      <label><input type="checkbox" v-model="cgu" v-saisie:cgu="form" /> J’accepte les conditions</label><SaisieMessage :form="form" name="cgu" />
      <button>Envoyer</button>
    </form>`,
});
const pause = () => new Promise((r) => setTimeout(r, 600)); // a person reading what the last submit showed
const send = () => screen.getByRole('button', { name: 'Envoyer' });

describe('saisie/vue controls', () => {
  it('radios: nothing ticked is "", the ticked one is the value, no update loop; a prefilled phone is formatted', async () => {
    const onDone = vi.fn();
    render(Mini, { props: { onDone } });
    const user = userEvent.setup();
    await nextTick();
    expect(form.state.value.values.titre).toBe('');
    expect((screen.getByLabelText('Portable') as HTMLInputElement).value).toBe('06 12 34 56 78');
    expect(models.mobile.value).toBe('06 12 34 56 78');
    await user.click(screen.getByLabelText('Mme'));
    await user.click(screen.getByLabelText('M.'));
    await nextTick();
    expect(form.state.value.values.titre).toBe('M.');
    await user.type(screen.getByLabelText('Courriel'), 'a@exemple.fr');
    await user.click(screen.getByLabelText('J’accepte les conditions'));
    await user.click(send());
    expect(onDone.mock.calls).toEqual([[{ titre: 'M.', mail: 'a@exemple.fr', mobile: '+33612345678', cgu: 'on' }]]);
  });

  it('a required checkbox follows checked: unticked it blocks, ticked it passes', async () => {
    const onDone = vi.fn();
    render(Mini, { props: { onDone } });
    const user = userEvent.setup();
    expect(form.state.value.values.cgu).toBe('');
    await user.click(send());
    expect(screen.getByText('Cochez cette case pour continuer.')).toBeTruthy();
    await user.click(screen.getByLabelText('J’accepte les conditions'));
    await user.click(screen.getByLabelText('J’accepte les conditions'));
    expect(form.state.value.values.cgu).toBe('');
    await user.click(screen.getByLabelText('J’accepte les conditions'));
    await pause();
    await user.dblClick(send());
    expect(onDone).toHaveBeenCalledTimes(1); // a double-click submits once
  });

  it('reset(): models set back by the page, then form.reset(): nothing shown; a suggestion is said in the live region', async () => {
    render(Mini, { props: { onDone: () => undefined } });
    const user = userEvent.setup();
    await user.type(screen.getByLabelText('Courriel'), 'jean@gmial.com');
    await user.tab();
    await screen.findByRole('button', { name: 'Utiliser jean@gmail.com' });
    expect(screen.getAllByRole('status').map((s) => s.textContent)).toContain('Vouliez-vous dire jean@gmail.com ?');
    await user.click(send());
    expect(screen.getByText('Cochez cette case pour continuer.')).toBeTruthy();
    models.mail.value = '';
    models.mobile.value = '';
    models.cgu.value = false;
    await nextTick();
    form.reset();
    await nextTick();
    expect(screen.queryByText('Cochez cette case pour continuer.')).toBeNull();
    expect(screen.queryByText(/obligatoire/)).toBeNull();
    expect(document.querySelectorAll('[aria-invalid]')).toHaveLength(0);
    expect(form.state.value.values).toMatchObject({ mail: '', mobile: '', cgu: '' });
  });

  it('a civility suggestion ticks the right radio (the others keep their values); a dotted field name binds', async () => {
    const Civ = defineComponent({
      components: { SaisieMessage },
      directives: { saisie: vSaisie },
      setup() {
        const f = useSaisieForm({ titre: 'civility', prenom: 'firstName', 'contact.email': 'email' }, { locale: 'fr', country: 'FR' });
        form = f;
        return { form: f, titre: ref(''), prenom: ref(''), mail: ref('') };
      },
      template: `<form>
        <label><input type="radio" value="M." v-model="titre" v-saisie:titre="form" /> M.</label>
        <label><input type="radio" value="Mme" v-model="titre" v-saisie:titre="form" /> Mme</label>
        <label for="p">Prénom</label><input id="p" v-model="prenom" v-saisie:prenom="form" /><SaisieMessage :form="form" name="prenom" />
        <label for="m">Courriel</label><input id="m" v-model="mail" v-saisie:contact.email="form" /><output data-testid="titre">{{ titre }}</output>
      </form>`,
    });
    render(Civ);
    const user = userEvent.setup();
    await user.click(screen.getByLabelText('M.'));
    await user.type(screen.getByLabelText('Prénom'), 'Marie');
    await user.tab();
    await user.click(await screen.findByRole('button', { name: 'Utiliser Mme' }));
    const [m, mme] = [screen.getByLabelText('M.') as HTMLInputElement, screen.getByLabelText('Mme') as HTMLInputElement];
    expect([m.value, mme.value, m.checked, mme.checked]).toEqual(['M.', 'Mme', false, true]);
    expect(screen.getByTestId('titre').textContent).toBe('Mme');
    await user.type(screen.getByLabelText('Courriel'), 'a@exemple.fr');
    expect(form.state.value.values['contact.email']).toBe('a@exemple.fr');
  });

  it('a country changed after typing does not rewrite the phone the person typed', async () => {
    const Two = defineComponent({
      directives: { saisie: vSaisie },
      setup() {
        const f = useSaisieForm({ pays: 'country', tel: 'phone' }, { locale: 'fr' });
        return { form: f, pays: ref('FR'), tel: ref('') };
      },
      template: `<form><select aria-label="pays" v-model="pays" v-saisie:pays="form"><option>FR</option><option>BE</option></select>
        <input aria-label="tel" v-model="tel" v-saisie:tel="form" /></form>`,
    });
    render(Two);
    const user = userEvent.setup();
    await user.type(screen.getByLabelText('tel'), '0142685300');
    expect((screen.getByLabelText('tel') as HTMLInputElement).value).toBe('01 42 68 53 00');
    await user.selectOptions(screen.getByLabelText('pays'), 'BE');
    await nextTick();
    expect((screen.getByLabelText('tel') as HTMLInputElement).value).toBe('01 42 68 53 00');
  });

  it('SaisieSummary: after a stopped submit, the problems as links (label: message), focused; a link focuses its field', async () => {
    const WithSummary = defineComponent({
      components: { SaisieSummary },
      directives: { saisie: vSaisie },
      setup() {
        const f = useSaisieForm({ mail: { role: 'email', required: true } }, { locale: 'fr' });
        return { form: f, mail: ref(''), submit: f.handleSubmit(() => undefined) };
      },
      template: `<form novalidate @submit="submit"><SaisieSummary :form="form" /><label for="m">Courriel</label><input id="m" v-model="mail" v-saisie:mail="form" /><button>Envoyer</button></form>`,
    });
    render(WithSummary);
    const user = userEvent.setup();
    await user.click(send());
    const summary = await screen.findByRole('alert');
    expect(summary.querySelector('li')!.textContent).toBe('Courriel : Ce champ est obligatoire.');
    await vi.waitFor(() => expect(document.activeElement).toBe(summary));
    await user.click(summary.querySelector('a')!);
    expect(document.activeElement).toBe(screen.getByLabelText('Courriel'));
  });
});
