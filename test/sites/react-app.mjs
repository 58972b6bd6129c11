// A React 19 signup form as a site would write it (bundled by test/react-browser.test.ts with rollup, served as
// /output/react-app.bundle.js for react-checkout.html): every input CONTROLLED (value + onChange → state), under
// StrictMode, attach() in an effect as in the README's "Quick start: React", React's own onSubmit that does not
// preventDefault (the browser posts natively). Written with createElement: no JSX step.
// What the page did, for the test: window.__state (the state React last committed), window.__changes (every
// onChange value, in order), sessionStorage reactSubmitCount / reactSubmitState (kept across the native POST).
import { StrictMode, createElement as h, useEffect, useRef, useState } from 'react';
import { createRoot } from 'react-dom/client';
import { attach, setDataLoader } from 'saisie';
import { loadData } from 'saisie/data';

// As the README says: the npm entry loads lazy tables (country names, full phone metadata) only through a loader.
setDataLoader(loadData);

const COUNTRIES = ['France', 'Belgique', 'Suisse', 'Luxembourg', 'Canada'];
const INITIAL = { prenom: '', nom: '', email: '', telephone: '', pays: 'France' };

window.__changes = [];

function Row({ id, label, children }) {
  return h('div', { className: 'row' }, h('label', { htmlFor: id }, label), children);
}

function SignupForm() {
  const form = useRef(null);
  const [state, setState] = useState(INITIAL);

  useEffect(() => {
    const handle = attach(form.current, { locale: 'fr' });
    return () => handle.destroy();
  }, []);

  useEffect(() => {
    window.__state = state;
    document.documentElement.dataset.state = JSON.stringify(state);
  }, [state]);

  const bind = (key) => ({
    id: key,
    name: key,
    value: state[key],
    onChange: (e) => {
      const value = e.target.value;
      window.__changes.push([key, value]);
      setState((s) => ({ ...s, [key]: value }));
    },
  });

  const onSubmit = () => {
    // No preventDefault: the browser posts the form itself.
    sessionStorage.setItem('reactSubmitCount', String(Number(sessionStorage.getItem('reactSubmitCount') ?? 0) + 1));
    sessionStorage.setItem('reactSubmitState', JSON.stringify(state));
  };

  return h(
    'form',
    { ref: form, id: 'signup', action: '/submit', method: 'post', onSubmit },
    h('h1', null, 'Créer un compte'),
    h(Row, { id: 'prenom', label: 'Prénom' }, h('input', { ...bind('prenom'), type: 'text', autoComplete: 'given-name' })),
    h(Row, { id: 'nom', label: 'Nom' }, h('input', { ...bind('nom'), type: 'text', autoComplete: 'family-name' })),
    h(Row, { id: 'email', label: 'Adresse e-mail' }, h('input', { ...bind('email'), type: 'email', autoComplete: 'email', required: true })),
    h(Row, { id: 'telephone', label: 'Téléphone' }, h('input', { ...bind('telephone'), type: 'tel', autoComplete: 'tel' })),
    h(
      Row,
      { id: 'pays', label: 'Pays' },
      h('select', { ...bind('pays'), autoComplete: 'country-name' }, COUNTRIES.map((c) => h('option', { key: c, value: c }, c))),
    ),
    h('button', { type: 'submit' }, 'Créer mon compte'),
  );
}

createRoot(document.getElementById('root')).render(h(StrictMode, null, h(SignupForm)));
