/**
 * Seam for signing in with an ЭЦП (NCA key file or NCALayer). It renders
 * nothing until the signature workspace provides the challenge/response
 * flow; the sign-in page already places it, so adding it touches one file.
 */
export function EsignSignIn(): null {
  return null;
}
