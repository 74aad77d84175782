-- Issue 13 item 1: the body that issued an executive document is named in
-- the act's language. A writ from the courts' system carries the court's
-- name in Kazakh and in Russian; issuing_body keeps the name as given (the
-- Russian one for a writ), issuing_body_kk the Kazakh one when the source
-- gave it. NULL: no Kazakh name was given, and a Kazakh act says so.
ALTER TABLE executive_documents ADD COLUMN issuing_body_kk text;

-- Issue 13 item 1: an act awaiting its signature is shown to people as a
-- draft (a «ЖОБА»/«ПРОЕКТ» mark, no «signed with ЭЦП» footer). The bytes to
-- sign stay in content; this is the same rendering with the draft marks,
-- served for reading until the document is signed.
ALTER TABLE documents ADD COLUMN draft_rendering bytea;
