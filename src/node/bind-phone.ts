// Node entry: the full ("max") phone metadata, so every number gets its type without loading anything.
import MAX from 'libphonenumber-js/metadata.max.json';
import { setPhoneMetadata } from '../core/phone/phoneMetadata.js';

setPhoneMetadata(MAX);
