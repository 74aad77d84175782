import { AdapterError } from '../errors';
import { sha256Hex } from './checksum';
import { JsonHttpClient, seg, type HttpClientConfig } from '../http/json-client';
import { archiveReceiptSchema, archivedPackageWireSchema, type DepositBody } from './contract';
import type { ArchivePort, ArchiveReceipt, ArchivedPackage, DepositPackageInput } from './port';

export class ArchiveHttpClient implements ArchivePort {
  private readonly http: JsonHttpClient;

  constructor(config: Omit<HttpClientConfig, 'system'>) {
    this.http = new JsonHttpClient({ ...config, system: 'archive' });
  }

  deposit(pkg: DepositPackageInput): Promise<ArchiveReceipt> {
    const body: DepositBody = {
      packageRef: pkg.packageRef,
      caseNumber: pkg.caseNumber,
      title: pkg.title,
      metadata: { ...pkg.metadata },
      retentionYears: pkg.retentionYears,
      files: pkg.files.map((f) => ({
        filename: f.filename,
        contentType: f.contentType,
        contentBase64: Buffer.from(f.content).toString('base64'),
        sha256: sha256Hex(f.content),
      })),
    };
    return this.http.json({ method: 'POST', path: '/packages', body, schema: archiveReceiptSchema });
  }

  async getPackage(archiveId: string): Promise<ArchivedPackage> {
    const wire = await this.http.json({ method: 'GET', path: `/packages/${seg(archiveId)}`, schema: archivedPackageWireSchema });
    const files = wire.files.map(({ contentBase64, ...info }) => {
      const content = new Uint8Array(Buffer.from(contentBase64, 'base64'));
      // A file that no longer matches its checksum must never be shown as the original.
      if (sha256Hex(content) !== info.sha256 || content.length !== info.size) {
        throw new AdapterError('archive', 'bad_response', `file ${info.fileId} fails its checksum`);
      }
      return { ...info, content };
    });
    return { ...wire, files };
  }
}
