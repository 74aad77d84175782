export { buildChain, type ChainProblem, type ChainProblemCode, type ChainResult } from './build-chain';
export { anchorsFromFile, parseAnchors, productionAnchor, testAnchor, type ParsedAnchor, type TrustAnchor } from './trust-anchors';
