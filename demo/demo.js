// Demo pages: show what saisie:submit carries instead of leaving the page (textContent only: CSP-safe).
document.addEventListener('saisie:submit', (event) => {
  event.preventDefault();
  const out = document.getElementById('result');
  if (out) out.textContent = JSON.stringify(event.detail, null, 2);
});
