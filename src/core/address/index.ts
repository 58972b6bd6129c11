// PLACEHOLDER until the address rule lands.
export interface Address { name?: string; organization?: string; addressLines?: string[]; dependentLocality?: string; locality?: string; region?: string; postalCode?: string; country: string }
export interface AddressFormatOptions { style?: 'display' | 'postal' }
export function formatAddress(_address: Address, _options?: AddressFormatOptions): string[] { throw new Error('saisie: not implemented'); }
