export { certIdFor, certIdMatches, type CertId } from './cert-id';
export { buildOcspRequest, parseOcspRequest, type BuiltOcspRequest, type OcspRequestOptions, type ParsedOcspRequest } from './request';
export {
  parseOcspResponse, type OcspCertStatus, type OcspResponderId, type OcspSingleResponse, type ParsedBasicResponse, type ParsedOcspResponse,
} from './parse-response';
export { DEFAULT_OCSP_MAX_AGE_MS, checkOcspResponse, type OcspCheckOptions, type OcspVerdict } from './check-response';
export { httpOcspTransport, queryOcsp, type OcspQuery, type OcspTransport } from './fetch';
export { OCSP_OID, type OcspHash, type OcspResponseStatus } from './oids';
