// Simulates a framework re-render and conditional fields on a form saisie is already attached to.
const form = document.getElementById('contact');

// A re-render: the email input is replaced by a new element with the same name, id and current value.
document.getElementById('replace-email').addEventListener('click', () => {
  const old = form.querySelector('[name="email"]');
  const fresh = document.createElement('input');
  fresh.type = 'email';
  fresh.name = 'email';
  fresh.id = 'email';
  fresh.required = true;
  fresh.value = old.value;
  old.replaceWith(fresh);
  window.emailReplaced = (window.emailReplaced || 0) + 1;
});

// A conditional field goes away.
document.getElementById('remove-phone').addEventListener('click', () => {
  document.getElementById('phone-row')?.remove();
});

// Another appears later.
document.getElementById('add-postcode').addEventListener('click', () => {
  if (document.getElementById('postcode')) return;
  const row = document.createElement('p');
  const label = document.createElement('label');
  label.htmlFor = 'postcode';
  label.textContent = 'Postal code';
  const input = document.createElement('input');
  input.id = 'postcode';
  input.name = 'postcode';
  input.autocomplete = 'postal-code';
  input.required = true;
  row.append(label, input);
  document.getElementById('extra').append(row);
});
