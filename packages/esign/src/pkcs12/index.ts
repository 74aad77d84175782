export { openPkcs12, type OpenedKeyFile } from './open';
export { Pkcs12Error, Pkcs12ErrorCode, isPkcs12Error } from './errors';
