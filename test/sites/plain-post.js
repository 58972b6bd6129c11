// The site's own submit handler (analytics, a spinner…): it counts, it never cancels. A deferred script runs once
// the form is parsed, before saisie's own deferred script: this listener is registered first.
document.getElementById('signup').addEventListener('submit', () => {
  window.pageSubmitRan = (window.pageSubmitRan || 0) + 1;
  // Kept across the navigation to /submit, so the test can read it on the next page.
  sessionStorage.setItem('pageSubmitRan', String(window.pageSubmitRan));
});
