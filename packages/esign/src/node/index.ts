// Node-only helpers of @oryndau/esign (import '@oryndau/esign/node').
export { nodePkiDirectory } from './pki-directory';
