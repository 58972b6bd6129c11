// What WooCommerce's checkout.js does for the "ship to a different address" box (it slides; this toggles).
const shipToggle = document.getElementById('ship-to-different-address-checkbox');
shipToggle.addEventListener('change', () => {
  document.querySelector('.shipping_address').hidden = !shipToggle.checked;
});
