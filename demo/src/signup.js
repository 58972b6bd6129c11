// The demo's signup form as one description for its React and Vue pages (demo/index.html is the same form with the
// script tag): the fields by role, the options of its selects, where lazy tables come from, and what a submit does.
import { createHttpVerifier, setDataLoader } from 'saisie';

/** The fields, named as demo/index.html names its controls, so that all three pages submit the same names. */
export const FIELDS = {
  civility: 'civility',
  'given-name': { role: 'firstName', required: true },
  'family-name': { required: true },
  email: { role: 'email', required: true },
  tel: { role: 'phone', required: true, mobile: true },
  country: 'country',
  'address-line1': { role: 'addressLine1', required: true },
  'postal-code': { role: 'postalCode', required: true },
  city: { role: 'city', required: true },
  organization: { required: true },
};
export const CIVILITIES = ['M.', 'Mme', 'Mr', 'Mrs', 'Ms', 'Dr', 'Mx'];
export const COUNTRIES = [['FR', 'France'], ['BE', 'Belgium'], ['CH', 'Switzerland'], ['DE', 'Germany'], ['ES', 'Spain'], ['IT', 'Italy'], ['GB', 'United Kingdom'], ['US', 'United States'], ['CA', 'Canada'], ['NL', 'Netherlands']];

// Lazy tables (first names, full phone metadata, French communes) from the package's JSON, as the script tag loads them.
setDataLoader((kind, key) => fetch(`/dist/data/${encodeURIComponent(kind)}/${encodeURIComponent(key)}.json`).then((r) => (r.ok ? r.json() : undefined)));

/** The demo's saisie-server (scripts/serve-demo.mjs), asked only while the page's switch is on; off, nothing is sent. */
export function createDemoVerifier(isOn) {
  const http = createHttpVerifier({ url: '/verify/v1/verify' });
  return { verify: (kind, value, context) => (isOn() ? http.verify(kind, value, context) : Promise.resolve({ status: 'unknown', issues: [] })) };
}

/** What the page does with the normalized values: keeps them for thanks.html, then submits there by GET, as index.html does. */
export function submitValues(values) {
  try {
    sessionStorage.setItem('saisie-demo:submit', JSON.stringify({ values }));
  } catch {
    // No sessionStorage: thanks.html shows the query alone.
  }
  location.assign(`/thanks.html?${new URLSearchParams(values)}`);
}
