// The one canonical JSON (sorted keys at every level) lives in the domain,
// which the signed court filing manifests use too; the journal imports it here.
export { canonicalJson } from '@oryndau/domain';
