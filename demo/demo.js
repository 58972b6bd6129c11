// Demo pages: the forms submit for real (to thanks.html, which shows what it received); what saisie:submit carried is
// kept for that page to show too. The demo never cancels the submit: it behaves as a site would.
document.addEventListener('saisie:submit', (event) => {
  try {
    sessionStorage.setItem('saisie-demo:submit', JSON.stringify(event.detail));
  } catch {
    // No sessionStorage: thanks.html shows the server's side alone.
  }
});

// The address suggestions and verification switches: the script tag attached the form; a choice re-attaches it with
// that provider and verifier (attach reads the form's other data-saisie-* attributes itself: combobox, layout stay).
const S = window.Saisie; // not `Saisie`: the script tag's global already holds that name
const form = document.querySelector('form[data-saisie]');
const choices = document.querySelectorAll('input[name="address-provider"]');
const verifySwitch = document.querySelector('input[name="verify"]');
// The demo's saisie-server (scripts/serve-demo.mjs), same-origin; the form names it in data-saisie-verify-url.
const verifyUrl = form?.getAttribute('data-saisie-verify-url');
if (S && form && choices.length) {
  /** The fixtures this demo server answers from (test/address-server.mjs): BAN for France, Photon elsewhere. */
  const local = () => {
    const ban = S.createBanProvider({ url: '/providers/ban' });
    const photon = S.createPhotonProvider({ url: '/providers/photon' });
    return { search: (query, options) => (!options?.country || options.country === 'FR' ? ban : photon).search(query, options) };
  };
  const providers = {
    local,
    ban: () => S.createBanProvider(), // https://api-adresse.data.gouv.fr
    photon: () => S.createPhotonProvider(), // https://photon.komoot.io
    off: () => undefined,
  };
  let handle = S.attach(form); // the script tag's handle
  const use = () => {
    const choice = Array.from(choices).find((r) => r.checked)?.value ?? 'local';
    const addressProvider = (providers[choice] ?? providers.local)();
    const verifier = verifyUrl && verifySwitch?.checked !== false ? S.createHttpVerifier({ url: verifyUrl }) : undefined;
    handle.destroy();
    handle = S.attach(form, { ...(addressProvider && { addressProvider }), ...(verifier && { verifier }) });
  };
  for (const radio of choices) radio.addEventListener('change', () => radio.checked && use());
  verifySwitch?.addEventListener('change', use);
  // What is checked: "local" and verification by default, or what the browser restored on going back to the page.
  use();
}

// "I sign up for a company": the company field comes into the form, and leaves it, as a site's own script would do it;
// saisie binds and unbinds it by itself.
const forCompany = document.getElementById('for-company');
const companyField = document.getElementById('company-field');
if (forCompany && companyField) {
  let shown;
  forCompany.addEventListener('change', () => {
    if (forCompany.checked && !shown) {
      shown = companyField.content.firstElementChild.cloneNode(true);
      companyField.before(shown);
    } else if (!forCompany.checked && shown) {
      shown.remove();
      shown = undefined;
    }
  });
  if (forCompany.checked) forCompany.dispatchEvent(new Event('change')); // ticked again by the browser on coming back
}
