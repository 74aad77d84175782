import type { IsoInstant, LocalizedText } from '../localized';

// The electronic archive (FILE-17, ENP-10): case materials are deposited as
// one package — metadata plus files in their original format — and fetched
// back by the archive's id. Checksums travel both ways so authenticity is
// provable and corruption in transit is caught.

export interface ArchiveFileInput {
  readonly filename: string;
  readonly contentType: string;
  readonly content: Uint8Array;
}

export interface DepositPackageInput {
  /** Our idempotency key (e.g. the case id + inventory version): depositing twice stores once. */
  readonly packageRef: string;
  readonly caseNumber: string;
  readonly title: LocalizedText;
  readonly metadata: Readonly<Record<string, string>>;
  /** Retention period in years; null = permanent. */
  readonly retentionYears: number | null;
  readonly files: readonly ArchiveFileInput[];
}

export interface ArchivedFileInfo {
  readonly fileId: string;
  readonly filename: string;
  readonly contentType: string;
  readonly size: number;
  /** Hex SHA-256 of the content, as the archive computed it. */
  readonly sha256: string;
}

export interface ArchiveReceipt {
  readonly archiveId: string;
  readonly depositedAt: IsoInstant;
  readonly files: readonly ArchivedFileInfo[];
}

export interface ArchivedPackage {
  readonly archiveId: string;
  readonly packageRef: string;
  readonly caseNumber: string;
  readonly title: LocalizedText;
  readonly metadata: Readonly<Record<string, string>>;
  readonly retentionYears: number | null;
  readonly depositedAt: IsoInstant;
  readonly files: readonly (ArchivedFileInfo & { readonly content: Uint8Array })[];
}

export interface ArchivePort {
  /** Throws `rejected` when a checksum does not match or the ref was used for other content. */
  deposit(pkg: DepositPackageInput): Promise<ArchiveReceipt>;
  /** Throws `not_found` for an unknown id, `bad_response` when a file fails its checksum. */
  getPackage(archiveId: string): Promise<ArchivedPackage>;
}
