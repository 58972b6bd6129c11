// The full maintained disposable-domain list: npm disposable-email-domains (MIT), loaded only on demand.
import list from 'disposable-email-domains/index.json' with { type: 'json' };

/** Every domain of the maintained list. */
const ALL: readonly string[] = list;
export default ALL;
