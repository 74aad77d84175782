-- Issue 16 (ENP-7) and issue 17 (LIC-2, LIC-3): an attachment keeps the file
-- name its sender gave it. The bytes are stored once (stored_files is
-- content-addressed: ensureStoredFile returns the existing row for the same
-- SHA-256), so the first uploader's name must not become everybody's — a
-- power of attorney uploaded as «сенімхат.pdf» was shown under the name
-- another person had given the same bytes. Rows from before keep the stored
-- name (NULL here → stored_files.original_name).
ALTER TABLE enp_application_files ADD COLUMN file_name text CHECK (file_name IS NULL OR file_name <> '');
ALTER TABLE licensing_attachments ADD COLUMN file_name text CHECK (file_name IS NULL OR file_name <> '');
