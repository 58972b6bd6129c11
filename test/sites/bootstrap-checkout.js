// Bootstrap 5.3's example validation script (docs/5.3/examples/checkout/checkout.js), plus a counter for the test.
(() => {
  'use strict'

  // Fetch all the forms we want to apply custom Bootstrap validation styles to
  const forms = document.querySelectorAll('.needs-validation')

  // Loop over them and prevent submission
  Array.from(forms).forEach(form => {
    form.addEventListener('submit', event => {
      if (!form.checkValidity()) {
        event.preventDefault()
        event.stopPropagation()
      }

      form.classList.add('was-validated')
      window.pageSubmitRan = (window.pageSubmitRan || 0) + 1
      sessionStorage.setItem('pageSubmitRan', String(window.pageSubmitRan))
    }, false)
  })
})()
