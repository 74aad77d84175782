import { randomUUID } from 'node:crypto';
import type { FastifyInstance } from 'fastify';
import { parseOr400, sendError } from '../sim/http';
import type { SimulatorContext, SimulatorModule } from '../sim/types';
import { depositBodySchema, type DepositBody } from './contract';
import { sha256Hex } from './checksum';
import type { ArchiveReceipt } from './port';
import { easdDemoPackages } from './easd-demo';

// Electronic archive simulator: keeps packages in memory, checks every
// file's checksum on deposit (as the real archive must, FILE-17) and gives
// them back byte for byte.

interface StoredPackage {
  readonly receipt: ArchiveReceipt;
  readonly body: DepositBody;
}

export interface ArchiveSimulatorControl {
  packages(): readonly { archiveId: string; packageRef: string; caseNumber: string; fileCount: number }[];
  /** Flips a byte of a stored file, to test that clients notice corruption. */
  corruptFile(archiveId: string, fileIndex: number): void;
}

export class ArchiveSimulator implements SimulatorModule {
  readonly system = 'archive';
  private readonly store = new Map<string, StoredPackage>();

  readonly control: ArchiveSimulatorControl = {
    packages: () =>
      [...this.store.values()].map((p) => ({
        archiveId: p.receipt.archiveId,
        packageRef: p.body.packageRef,
        caseNumber: p.body.caseNumber,
        fileCount: p.body.files.length,
      })),
    corruptFile: (archiveId, fileIndex) => {
      const file = this.store.get(archiveId)?.body.files[fileIndex];
      if (file === undefined) throw new RangeError(`no file ${fileIndex} in ${archiveId}`);
      const bytes = Buffer.from(file.contentBase64, 'base64');
      bytes[0] = (bytes[0] ?? 0) ^ 0xff;
      file.contentBase64 = bytes.toString('base64');
    },
  };

  constructor(private readonly ctx: SimulatorContext) {
    // ENP-10: old ЭАСД cases the archive already holds (easd-demo.ts).
    for (const demo of easdDemoPackages()) {
      const files = demo.body.files.map((f, i) => {
        const content = Buffer.from(f.contentBase64, 'base64');
        return { fileId: `${demo.archiveId}-f${i + 1}`, filename: f.filename, contentType: f.contentType, size: content.length, sha256: f.sha256 };
      });
      this.store.set(demo.archiveId, { receipt: { archiveId: demo.archiveId, depositedAt: demo.depositedAt, files }, body: demo.body });
    }
  }

  register(app: FastifyInstance): void {
    app.post('/packages', async (request, reply) => {
      const body = await parseOr400(depositBodySchema, request.body, reply);
      if (body === undefined) return;
      const infos = body.files.map((f) => {
        const content = Buffer.from(f.contentBase64, 'base64');
        return { fileId: randomUUID(), filename: f.filename, contentType: f.contentType, size: content.length, sha256: sha256Hex(content) };
      });
      const broken = infos.findIndex((info, i) => info.sha256 !== body.files[i]?.sha256);
      if (broken >= 0) return sendError(reply, 422, 'checksum_mismatch', `file ${broken} does not match its sha256`);
      const existing = [...this.store.values()].find((p) => p.body.packageRef === body.packageRef);
      if (existing !== undefined) {
        const same = existing.receipt.files.map((f) => f.sha256).join() === infos.map((f) => f.sha256).join();
        return same ? existing.receipt : sendError(reply, 409, 'conflict', 'packageRef already used for other files');
      }
      const receipt: ArchiveReceipt = { archiveId: randomUUID(), depositedAt: this.ctx.now().toISOString(), files: infos };
      this.store.set(receipt.archiveId, { receipt, body });
      return reply.code(201).send(receipt);
    });

    app.get<{ Params: { id: string } }>('/packages/:id', async (request, reply) => {
      const stored = this.store.get(request.params.id);
      if (stored === undefined) return sendError(reply, 404, 'not_found', 'no such package');
      const { body, receipt } = stored;
      return {
        archiveId: receipt.archiveId,
        packageRef: body.packageRef,
        caseNumber: body.caseNumber,
        title: body.title,
        metadata: body.metadata,
        retentionYears: body.retentionYears,
        depositedAt: receipt.depositedAt,
        files: receipt.files.map((info, i) => ({ ...info, contentBase64: body.files[i]?.contentBase64 ?? '' })),
      };
    });
  }
}
