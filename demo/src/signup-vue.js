// Mounts the demo's Vue signup form (runtime-only Vue: the template was compiled at build time, so no eval under the CSP).
import { createApp } from 'vue';
import SignupVue from './SignupVue.vue';

createApp(SignupVue).mount('#app');
