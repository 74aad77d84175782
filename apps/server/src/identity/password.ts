// The hashing moved to packages/db so the CLI (`oryndau admin create`) uses the very same scrypt.
export { dummyHash, hashPassword, verifyPassword } from '@oryndau/db';
