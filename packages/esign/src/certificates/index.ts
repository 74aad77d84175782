export { parseCertificate, purposesOf, type CertificateAlgorithm, type KeyPurpose, type KeyUsageName, type NcaCertificate } from './parse-certificate';
export { readName, type CertificateName } from './names';
export { verifyIssuedBy, verifySignedBy, type SignedByResult } from './verify-issued-by';
export { EKU_OID, EXTENSION_OID, NAME_OID, POLICY_OID, ROLES, ROLE_OID, type Role } from './oids';
