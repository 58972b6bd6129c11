// Rules playground: runs each saisie rule on every keystroke and shows its result (textContent only).
const S = window.Saisie;
const $ = (id) => document.getElementById(id);
const locale = () => $('locale').value;
const show = (id, result) => {
  $(id).textContent = JSON.stringify(result, null, 2);
};

const rules = {
  email: () => show('email-out', S.checkEmail($('email').value, { locale: locale() })),
  phone: () => {
    const country = $('phone-country').value.toUpperCase();
    show('phone-out', { asYouType: S.formatPhoneAsYouType($('phone').value, country), ...S.checkPhone($('phone').value, { country, locale: locale() }) });
  },
  postal: () => show('postal-out', S.checkPostalCode($('postal').value, $('postal-country').value.toUpperCase(), { locale: locale() })),
  civility: () => show('civility-out', S.checkCivility({ civility: $('civility').value, firstName: $('first-name').value }, { locale: locale() })),
  address: () => {
    const lines = S.formatAddress(
      { name: $('a-name').value, addressLines: [$('a-line1').value], postalCode: $('a-postal').value, locality: $('a-city').value, country: $('a-country').value.toUpperCase() },
      { style: $('a-postal-style').checked ? 'postal' : 'display' },
    );
    $('address-out').textContent = lines.join('\n');
  },
};
const bind = (ids, rule) => ids.forEach((id) => $(id).addEventListener('input', rule));
bind(['email'], rules.email);
bind(['phone', 'phone-country'], rules.phone);
bind(['postal', 'postal-country'], rules.postal);
bind(['civility', 'first-name'], rules.civility);
bind(['a-name', 'a-line1', 'a-postal', 'a-city', 'a-country', 'a-postal-style'], rules.address);
$('locale').addEventListener('change', () => Object.values(rules).forEach((r) => r()));
S.loadPhoneMetadata($('phone-country').value).then(rules.phone, () => {});
S.loadFirstNames('fr').then(rules.civility, () => {});
Object.values(rules).forEach((r) => r());
