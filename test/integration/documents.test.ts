import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { runningFunction } from '#shared/db/access.ts';
import { setClock } from '#shared/platform/clock.ts';
import { objectStore } from '#shared/platform/object-store.ts';
import { routes } from '#shared/routes.ts';
import { putTo, sampleFiles, sha256 } from '../support/files.ts';
import { challengeBody, ORGS, THIS_YEAR } from '../support/fixtures.ts';
import {
  consentOfEveryCoFunder,
  draftedChallenge,
  expectStatus,
  marketplace,
  publishedChallenge,
} from '../support/journeys.ts';
import { ocdsValidator } from '../support/ocds.ts';
import type { TestApi } from '../support/runtime.ts';
import { tableSnapshot } from '../support/table.ts';

/*
 * Documents against the local S3 server (s3rver behind the SigV4 gate) and DynamoDB Local:
 * upload → submit → sealed → opened after the deadline → downloaded with a matching hash →
 * logged; each bad input refused with nothing recorded; a tampered and an expired URL refused.
 */
let api: TestApi;
let buyer: string;
let company: string;
let other: string;
let judge: string;
let challengeId: string;
let deadline: string;
let phase2Deadline: string;
let proposalId: string;
let otherProposalId: string;

const profile = {
  name: 'Walstroom Techniek',
  staff: 12,
  turnoverCents: 150_000_000,
  balanceSheetCents: 90_000_000,
};
const proposal = {
  summary: 'Walstroom voor binnenvaart.',
  plan: 'Een haalbaarheidsstudie in drie stappen.',
  requestedAmountCents: 5_000_000,
  durationMonths: 6,
};

/** Asks for an upload, sends the bytes, completes it: the answers of each step. */
async function upload(
  token: string,
  id: string,
  fileName: string,
  bytes: Uint8Array,
  options: { sha256?: string; sizeBytes?: number } = {},
) {
  const ticket = await api.request(routes.requestAttachmentUpload, {
    token,
    params: { proposalId: id },
    body: { fileName, sizeBytes: options.sizeBytes ?? bytes.byteLength },
  });
  if (ticket.status !== 201) return { ticket, put: undefined, completed: undefined };
  const put = await putTo(ticket.body, bytes);
  const completed = await api.request(routes.completeAttachmentUpload, {
    token,
    params: { proposalId: id, uploadId: ticket.body.uploadId },
    body: options.sha256 ? { sha256: options.sha256 } : {},
  });
  return { ticket, put, completed };
}

const open = (token: string, attachmentId: string, id = proposalId) =>
  api.request(routes.openAttachment, { token, params: { proposalId: id, attachmentId } });

beforeAll(async () => {
  api = await marketplace();
  buyer = await api.as('buyer', ORGS.zuidHolland.oin);
  company = await api.as('sme', '50000001');
  other = await api.as('sme', '50000002');
  judge = await api.as('assessor', ORGS.ezk.oin, 'judge');
  const challenge = await publishedChallenge(api, { token: buyer });
  challengeId = challenge.id;
  deadline = challenge.phases[0]!.submissionDeadline;
  phase2Deadline = challenge.phases[1]!.submissionDeadline;
  for (const token of [company, other])
    await expectStatus(api.request(routes.putCompanyProfile, { token, body: profile }), 200);
  const params = { challengeId, phase: 1 };
  proposalId = (
    await expectStatus(api.request(routes.submitProposal, { token: company, params, body: proposal }), 201)
  ).id;
  otherProposalId = (
    await expectStatus(api.request(routes.submitProposal, { token: other, params, body: proposal }), 201)
  ).id;
  await expectStatus(
    api.request(routes.nameCommittee, {
      token: buyer,
      params,
      body: { assessors: [{ oin: ORGS.ezk.oin, assessorId: 'judge' }] },
    }),
    200,
  );
});
afterAll(async () => api?.runtime.stop());

describe('a proposal’s files', () => {
  const plan = sampleFiles.pdf('Projectplan Walstroom');
  let planId = '';

  it('are uploaded straight to the store and frozen into the proposal with their SHA-256', async () => {
    const { ticket, put, completed } = await upload(company, proposalId, 'Projectplan walstroom.pdf', plan, {
      sha256: sha256(plan),
    });
    expect(ticket.status).toBe(201);
    expect(ticket.body.url).toContain('X-Amz-Signature=');
    expect(put?.status).toBe(200);
    expect(completed?.status, JSON.stringify(completed?.problem)).toBe(200);
    const attachment = completed!.body.attachments![0]!;
    expect(attachment).toMatchObject({
      fileName: 'Projectplan walstroom.pdf',
      sizeBytes: plan.byteLength,
      contentType: 'application/pdf',
      sha256: sha256(plan),
    });
    planId = attachment.id;
    // ODF, OOXML and CSV are told by their content too.
    for (const [name, bytes, type] of [
      ['Begroting.ods.odt', sampleFiles.odt(), 'application/vnd.oasis.opendocument.text'],
      [
        'Plan van aanpak.docx',
        sampleFiles.docx(),
        'application/vnd.openxmlformats-officedocument.wordprocessingml.document',
      ],
      ['begroting.csv', sampleFiles.csv(), 'text/csv'],
    ] as const) {
      const done = await upload(company, proposalId, name, bytes);
      expect(done.completed?.status, JSON.stringify(done.completed?.problem)).toBe(200);
      expect(done.completed!.body.attachments!.at(-1)).toMatchObject({ fileName: name, contentType: type });
    }
    const read = await expectStatus(
      api.request(routes.getProposal, { token: company, params: { proposalId } }),
      200,
    );
    expect(read.attachments?.map((a) => a.fileName)).toEqual([
      'Projectplan walstroom.pdf',
      'Begroting.ods.odt',
      'Plan van aanpak.docx',
      'begroting.csv',
    ]);
    expect(read.version).toBe(5);
  });

  it('refuses each bad upload with a problem, and records nothing of it', async () => {
    const before = await tableSnapshot();
    const count = async () =>
      (await api.request(routes.getProposal, { token: company, params: { proposalId } })).body.attachments
        ?.length;
    const attached = await count();

    // Too large, before any URL is given.
    const large = await upload(company, proposalId, 'groot.pdf', plan, { sizeBytes: 25 * 1024 * 1024 + 1 });
    expect(large.ticket.status).toBe(413);
    expect(large.ticket.problem?.type).toMatch(/file-too-large$/);
    // A name with folders in it.
    for (const fileName of ['../../etc/passwd.pdf', 'map\\plan.pdf', '.htaccess', 'zonder-extensie']) {
      const tricked = await upload(company, proposalId, fileName, plan);
      expect(tricked.ticket.status, fileName).toBe(400);
      expect(tricked.ticket.problem?.errors?.[0]?.field).toBe('body.fileName');
    }
    // Someone else's proposal: it does not exist for them.
    expect((await upload(other, proposalId, 'plan.pdf', plan)).ticket.status).toBe(404);
    // Unknown keys.
    const extra = await api.call('POST', `/proposals/${proposalId}/uploads`, {
      token: company,
      body: { fileName: 'plan.pdf', sizeBytes: 10, path: '/tmp' },
    });
    expect(extra.status).toBe(400);
    expect(await tableSnapshot()).toEqual(before);

    // A picture, and a program named like a plan: told by content, refused, removed.
    for (const [name, bytes] of [
      ['foto.png', sampleFiles.png()],
      ['projectplan.pdf', sampleFiles.exe()],
    ] as const) {
      const refused = await upload(company, proposalId, name, bytes);
      expect(refused.put?.status).toBe(200);
      expect(refused.completed?.status, name).toBe(415);
      expect(refused.completed?.problem?.type).toMatch(/file-type-not-allowed$/);
      // Its upload is gone: completing it again finds nothing.
      const again = await api.request(routes.completeAttachmentUpload, {
        token: company,
        params: { proposalId, uploadId: refused.ticket.body.uploadId },
        body: {},
      });
      expect(again.status).toBe(404);
    }
    // The bytes changed on their way: the hash the company computed does not match.
    const changed = await upload(company, proposalId, 'plan2.pdf', plan, {
      sha256: sha256(sampleFiles.pdf('anders')),
    });
    expect(changed.completed?.status).toBe(422);
    expect(changed.completed?.problem?.type).toMatch(/hash-mismatch$/);
    // Bytes of another size than announced are refused by the store itself (the length is signed).
    const ticket = await expectStatus(
      api.request(routes.requestAttachmentUpload, {
        token: company,
        params: { proposalId },
        body: { fileName: 'kort.pdf', sizeBytes: plan.byteLength + 10 },
      }),
      201,
    );
    expect((await putTo(ticket, plan)).status).toBe(403);
    const nothing = await api.request(routes.completeAttachmentUpload, {
      token: company,
      params: { proposalId, uploadId: ticket.uploadId },
      body: {},
    });
    expect(nothing.status).toBe(409);
    expect(nothing.problem?.type).toMatch(/nothing-uploaded$/);

    expect(await count()).toBe(attached);
  });

  it('has a limit per proposal', async () => {
    process.env.MAX_ATTACHMENTS = '4';
    try {
      const refused = await upload(company, proposalId, 'vijfde.pdf', plan);
      expect(refused.ticket.status).toBe(409);
      expect(refused.ticket.problem?.type).toMatch(/too-many-attachments$/);
    } finally {
      delete process.env.MAX_ATTACHMENTS;
    }
  });

  it('are sealed until the deadline: only the company opens them', async () => {
    expect((await open(buyer, planId)).problem?.type).toMatch(/sealed$/);
    expect((await open(other, planId)).status).toBe(404);
    expect((await open(judge, planId)).status).toBe(403);
    const own = await expectStatus(open(company, planId), 201);
    const file = await fetch(own.url);
    expect(sha256(new Uint8Array(await file.arrayBuffer()))).toBe(sha256(plan));
  });

  it('may be removed until the deadline, and not after it', async () => {
    const extra = await upload(other, otherProposalId, 'bijlage.csv', sampleFiles.csv());
    const extraId = extra.completed!.body.attachments![0]!.id;
    const removed = await expectStatus(
      api.request(routes.removeAttachment, {
        token: other,
        params: { proposalId: otherProposalId, attachmentId: extraId },
      }),
      200,
    );
    expect(removed.attachments).toEqual([]);
    await upload(other, otherProposalId, 'plan.pdf', sampleFiles.pdf('Ander plan'));
  });

  describe('after the deadline', () => {
    let restore: () => void;
    beforeAll(() => {
      restore = setClock(() => new Date(Date.parse(deadline) + 60_000));
    });
    afterAll(() => restore());

    it('can no longer change', async () => {
      const late = await upload(company, proposalId, 'laat.pdf', plan);
      expect(late.ticket.status).toBe(409);
      expect(late.ticket.problem?.type).toMatch(/deadline-passed$/);
      const remove = await api.request(routes.removeAttachment, {
        token: company,
        params: { proposalId, attachmentId: planId },
      });
      expect(remove.status).toBe(409);
    });

    it('open for the buyer and a committee member who declared no conflict, each opening logged', async () => {
      // The assessor must declare first.
      expect((await open(judge, planId)).problem?.type).toMatch(/declare-first$/);
      await expectStatus(
        api.request(routes.declareConflicts, {
          token: judge,
          params: { challengeId, phase: 1 },
          body: { declarations: [{ proposalId, conflictOfInterest: false }] },
        }),
        201,
      );
      for (const token of [buyer, judge]) {
        const download = await expectStatus(open(token, planId), 201);
        expect(download).toMatchObject({ fileName: 'Projectplan walstroom.pdf', sha256: sha256(plan) });
        const file = await fetch(download.url);
        expect(file.headers.get('content-disposition')).toContain('Projectplan');
        expect(sha256(new Uint8Array(await file.arrayBuffer()))).toBe(sha256(plan));
      }
      // Another company never.
      expect((await open(other, planId)).status).toBe(404);

      await api.runtime.settle();
      // The trail holds back what happened while phase 2 takes bids (it opened at phase 1's deadline).
      const later = setClock(() => new Date(Date.parse(phase2Deadline) + 60_000));
      const officer = await api.as('officer', ORGS.zuidHolland.oin);
      const trail = await expectStatus(
        api.request(routes.challengeAuditTrail, { token: officer, params: { challengeId } }),
        200,
      );
      const openings = trail.entries.filter(
        (e) => e.action === 'AttachmentOpened' && e.ids.attachmentId === planId,
      );
      expect(openings.map((e) => e.actor.role).sort()).toEqual(['assessor', 'buyer', 'sme']);
      expect(trail.verification.valid).toBe(true);
      later();
    });

    it('are handed out only while they match their recorded hash', async () => {
      // Someone with access to the bucket swaps the bytes behind the API's back.
      const key = `proposals/${proposalId}/${planId}`;
      const swap = await objectStore().presignPut(key, {
        contentLength: plan.byteLength,
        expiresInSeconds: 60,
      });
      const forged = new Uint8Array(plan);
      forged[forged.length - 3] = 0x41;
      expect((await putTo(swap, forged)).status).toBe(200);
      const refused = await open(buyer, planId);
      expect(refused.status).toBe(409);
      expect(refused.problem?.type).toMatch(/document-integrity$/);
    });
  });
});

describe('each function reaches only its own documents, as its IAM policy says', () => {
  it('refuses another prefix locally too', async () => {
    const as = (id: string, key: string) => runningFunction.run(id, () => objectStore().read(key, 10));
    await expect(as('reportsApi', `proposals/${proposalId}/x`)).rejects.toThrow(
      /least privilege: reportsApi/,
    );
    await expect(as('proposalFilesApi', `challenges/${challengeId}/x`)).rejects.toThrow(
      /least privilege: proposalFilesApi/,
    );
    // The functions around the documents reach none: only the two document functions bundle S3.
    await expect(as('challengesApi', `challenges/${challengeId}/x`)).rejects.toThrow(
      /least privilege: challengesApi/,
    );
    await expect(as('companiesApi', `proposals/${proposalId}/x`)).rejects.toThrow(
      /least privilege: companiesApi/,
    );
    await expect(as('callDocumentsApi', `challenges/${challengeId}/x`)).resolves.toBeUndefined();
  });
});

describe('the local store checks signatures as S3 does', () => {
  it('refuses a tampered URL and an expired one', async () => {
    const key = 'incoming/proposals/test/tamper';
    const bytes = sampleFiles.pdf();
    const ticket = await objectStore().presignPut(key, {
      contentLength: bytes.byteLength,
      expiresInSeconds: 60,
    });
    const tampered = ticket.url.replace(
      /X-Amz-Signature=([0-9a-f])/,
      (_, c: string) => `X-Amz-Signature=${c === '0' ? '1' : '0'}`,
    );
    expect(tampered).not.toBe(ticket.url);
    const refused = await putTo({ ...ticket, url: tampered }, bytes);
    expect(refused.status).toBe(403);
    expect(refused.text).toContain('SignatureDoesNotMatch');
    // Another key under the same signature.
    expect((await putTo({ ...ticket, url: ticket.url.replace('/tamper?', '/other?') }, bytes)).status).toBe(
      403,
    );
    expect((await putTo(ticket, bytes)).status).toBe(200);

    const get = await objectStore().presignGet(key, {
      fileName: 'x.pdf',
      contentType: 'application/pdf',
      // The signature's time has whole seconds, so a 1-second URL signed at x.9 s would leave
      // only 0.1 s to use it: 2 seconds leave at least one.
      expiresInSeconds: 2,
    });
    expect((await fetch(get.url)).status).toBe(200);
    await new Promise((resolve) => setTimeout(resolve, 3_100));
    const expired = await fetch(get.url);
    expect(expired.status).toBe(403);
    expect(await expired.text()).toContain('Request has expired');
    // And nothing anonymous.
    expect((await fetch(`${api.runtime.objects.endpoint}/${api.runtime.objects.bucket}/${key}`)).status).toBe(
      403,
    );
  });
});

describe('a call’s documents', () => {
  const description = sampleFiles.pdf('Uitvraag Schone vaarwegen');

  async function callUpload(id: string, title: string, fileName: string, bytes: Uint8Array) {
    const ticket = await expectStatus(
      api.request(routes.requestCallDocumentUpload, {
        token: buyer,
        params: { challengeId: id },
        body: { title, kind: 'challenge-description', fileName, sizeBytes: bytes.byteLength },
      }),
      201,
    );
    expect((await putTo(ticket, bytes)).status).toBe(200);
    return expectStatus(
      api.request(routes.completeCallDocumentUpload, {
        token: buyer,
        params: { challengeId: id, uploadId: ticket.uploadId },
        body: { sha256: sha256(bytes) },
      }),
      200,
    );
  }

  it('are attached to a draft, public once published, and replaced only through a correction', async () => {
    const draft = await draftedChallenge(api, { token: buyer, body: challengeBody() });
    const attached = await callUpload(draft.id, 'Uitvraag', 'uitvraag.pdf', description);
    expect(attached.status).toBe('attached');
    // A draft's documents are its buyer's only.
    expect((await api.request(routes.listCallDocuments, { params: { challengeId: draft.id } })).status).toBe(
      404,
    );
    await consentOfEveryCoFunder(api, draft.id, buyer);
    await expectStatus(
      api.request(routes.publishChallenge, { token: buyer, params: { challengeId: draft.id } }),
      200,
    );

    const listed = await expectStatus(
      api.request(routes.listCallDocuments, { params: { challengeId: draft.id } }),
      200,
    );
    expect(listed.items).toMatchObject([
      { title: 'Uitvraag', fileName: 'uitvraag.pdf', sha256: sha256(description) },
    ]);
    const download = await expectStatus(
      api.request(routes.callDocumentDownload, {
        params: { challengeId: draft.id, documentId: attached.id },
      }),
      200,
    );
    expect(sha256(new Uint8Array(await (await fetch(download.url)).arrayBuffer()))).toBe(sha256(description));
    // Published: removing is refused; a new version waits for a correction.
    const remove = await api.request(routes.removeCallDocument, {
      token: buyer,
      params: { challengeId: draft.id, documentId: attached.id },
    });
    expect(remove.status).toBe(409);
    const revised = sampleFiles.pdf('Uitvraag Schone vaarwegen, versie 2');
    const waiting = await callUpload(draft.id, 'Uitvraag (versie 2)', 'uitvraag-v2.pdf', revised);
    expect(waiting.status).toBe('awaiting-correction');
    expect(
      (await api.request(routes.listCallDocuments, { params: { challengeId: draft.id } })).body.items,
    ).toHaveLength(1);
    // A correction naming an upload that is not there, or a document that is not the call's, is refused at the field.
    const wrong = await api.request(routes.correctChallenge, {
      token: buyer,
      params: { challengeId: draft.id },
      body: {
        reason: 'Nieuwe versie van de uitvraag.',
        documents: [{ uploadId: waiting.id, replaces: waiting.id }],
      },
    });
    expect(wrong.status).toBe(400);
    expect(wrong.problem?.errors?.map((e) => e.field)).toEqual(['body.documents.0.replaces']);
    const corrected = await expectStatus(
      api.request(routes.correctChallenge, {
        token: buyer,
        params: { challengeId: draft.id },
        body: {
          reason: 'Nieuwe versie van de uitvraag.',
          documents: [{ uploadId: waiting.id, replaces: attached.id }],
        },
      }),
      200,
    );
    expect(corrected.corrections?.at(-1)?.documents).toEqual([
      { id: waiting.id, title: 'Uitvraag (versie 2)', replaces: attached.id },
    ]);
    const after = await expectStatus(
      api.request(routes.listCallDocuments, { params: { challengeId: draft.id } }),
      200,
    );
    expect(after.items.map((d) => [d.fileName, d.replacedBy ?? null, d.correction ?? null])).toEqual([
      ['uitvraag.pdf', waiting.id, null],
      ['uitvraag-v2.pdf', null, 1],
    ]);
    // Open data: the call's documents (never a proposal's), each at its public page; still valid OCDS.
    const ocds = await api.call('GET', `/reports/ocds?year=${THIS_YEAR}`);
    const validate = ocdsValidator();
    expect(validate(ocds.body), JSON.stringify(validate.errors?.slice(0, 3))).toBe(true);
    const release = ocds.body.releases.find((r: { tender: { id: string } }) => r.tender.id === draft.id);
    expect(release.tender.documents).toEqual([
      expect.objectContaining({
        id: attached.id,
        documentType: 'technicalSpecifications',
        title: 'Uitvraag',
        url: `http://localhost:3001/oproepen/${draft.id}/documenten/${attached.id}`,
        format: 'application/pdf',
      }),
      expect.objectContaining({ id: waiting.id, title: 'Uitvraag (versie 2)' }),
    ]);
    expect(JSON.stringify(ocds.body)).not.toContain(proposalId);

    // The same upload cannot be attached twice.
    const twice = await api.request(routes.correctChallenge, {
      token: buyer,
      params: { challengeId: draft.id },
      body: { reason: 'Nog eens dezelfde versie.', documents: [{ uploadId: waiting.id }] },
    });
    expect(twice.status).toBe(400);
  });

  it('are the lead buyer’s to change, nobody else’s', async () => {
    const noordHolland = await api.as('buyer', ORGS.noordHolland.oin);
    const refused = await api.request(routes.requestCallDocumentUpload, {
      token: noordHolland,
      params: { challengeId },
      body: { title: 'Vals', kind: 'other', fileName: 'vals.pdf', sizeBytes: 100 },
    });
    expect(refused.status).toBe(404);
    const asCompany = await api.request(routes.requestCallDocumentUpload, {
      token: company,
      params: { challengeId },
      body: { title: 'Vals', kind: 'other', fileName: 'vals.pdf', sizeBytes: 100 },
    });
    expect(asCompany.status).toBe(403);
  });
});
