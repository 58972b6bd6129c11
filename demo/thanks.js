// The demo forms submit by GET to this page: it shows the query the "server" got, and what saisie:submit carried
// (kept by demo.js in sessionStorage). textContent only: CSP-safe.
const received = document.getElementById('received');
const pairs = Array.from(new URLSearchParams(location.search));
if (received && pairs.length) received.textContent = JSON.stringify(Object.fromEntries(pairs), null, 2);
const result = document.getElementById('result');
try {
  const detail = sessionStorage.getItem('saisie-demo:submit');
  if (result && detail) result.textContent = JSON.stringify(JSON.parse(detail), null, 2);
} catch {
  // No sessionStorage (a private window's rules): the server's side is shown alone.
}
