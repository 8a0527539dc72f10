import { createHash } from 'node:crypto';
import {
  CopyObjectCommand,
  DeleteObjectCommand,
  GetObjectCommand,
  NoSuchKey,
  PutObjectCommand,
  S3Client,
  type S3ClientConfig,
} from '@aws-sdk/client-s3';
import { getSignedUrl } from '@aws-sdk/s3-request-presigner';

/**
 * Where documents live: the documents bucket. In AWS: Amazon S3. Locally: an S3-compatible server
 * (infra/local/object-store.ts) with a SigV4 check in front, reached by the same SDK code through
 * `AWS_ENDPOINT_URL_S3`. Clients upload and download straight to and from the store with short-lived
 * presigned URLs; the API only hands them out, reads an upload once to check it, and records it.
 */
export interface PresignedUrl {
  url: string;
  /** UTC instant after which the store refuses the URL. */
  expiresAt: string;
  /** Headers the client must send with it (they are part of the signature). */
  headers: Record<string, string>;
}

export interface StoredObject {
  bytes: Uint8Array;
  sha256: string;
}

export interface ObjectStorePort {
  /** A URL for one PUT of exactly `contentLength` bytes to `key`. */
  presignPut(
    key: string,
    options: { contentLength: number; expiresInSeconds: number },
  ): Promise<PresignedUrl>;
  /** A URL for GETs of `key`, served as an attachment named `fileName`. */
  presignGet(
    key: string,
    options: { fileName: string; contentType: string; expiresInSeconds: number },
  ): Promise<PresignedUrl>;
  /** The object's bytes and SHA-256, or undefined when nothing was uploaded (or more than `maxBytes`). */
  read(key: string, maxBytes: number): Promise<StoredObject | { tooLarge: number } | undefined>;
  /** Moves an object to a key no URL can write (copy, then delete the original); false when there is none. */
  promote(from: string, to: string): Promise<boolean>;
  remove(key: string): Promise<void>;
}

export const sha256Hex = (bytes: Uint8Array): string => createHash('sha256').update(bytes).digest('hex');

/** `attachment; filename="…"; filename*=UTF-8''…` (RFC 6266): the ASCII name and the exact one. */
export function contentDisposition(fileName: string): string {
  const ascii = fileName.replace(/[^\x20-\x7e]|["\\]/g, '_');
  return `attachment; filename="${ascii}"; filename*=UTF-8''${encodeURIComponent(fileName)}`;
}

let client: S3Client | undefined;
const s3 = () => {
  // Locally the store is addressed by path (http://127.0.0.1:port/bucket/key), in AWS by host.
  const config: S3ClientConfig = {
    // Checksums only where S3 requires them: a presigned PUT must not carry the checksum of an empty body.
    requestChecksumCalculation: 'WHEN_REQUIRED',
    responseChecksumValidation: 'WHEN_REQUIRED',
    ...(process.env.S3_FORCE_PATH_STYLE === 'true' ? { forcePathStyle: true } : {}),
  };
  client ??= new S3Client(config);
  return client;
};
const bucket = () => {
  const name = process.env.DOCUMENTS_BUCKET;
  if (!name) throw new Error('Missing environment variable DOCUMENTS_BUCKET');
  return name;
};
const expiry = (seconds: number) => new Date(Date.now() + seconds * 1000).toISOString();

const s3Store: ObjectStorePort = {
  async presignPut(key, { contentLength, expiresInSeconds }) {
    const command = new PutObjectCommand({ Bucket: bucket(), Key: key, ContentLength: contentLength });
    const url = await getSignedUrl(s3(), command, {
      expiresIn: expiresInSeconds,
      // The length is signed: the store refuses a body of any other size.
      signableHeaders: new Set(['content-length']),
    });
    return { url, expiresAt: expiry(expiresInSeconds), headers: { 'content-length': String(contentLength) } };
  },
  async presignGet(key, { fileName, contentType, expiresInSeconds }) {
    const command = new GetObjectCommand({
      Bucket: bucket(),
      Key: key,
      ResponseContentDisposition: contentDisposition(fileName),
      ResponseContentType: contentType,
    });
    const url = await getSignedUrl(s3(), command, { expiresIn: expiresInSeconds });
    return { url, expiresAt: expiry(expiresInSeconds), headers: {} };
  },
  async read(key, maxBytes) {
    try {
      const object = await s3().send(new GetObjectCommand({ Bucket: bucket(), Key: key }));
      const size = object.ContentLength ?? 0;
      if (size > maxBytes) {
        object.Body?.transformToWebStream().cancel();
        return { tooLarge: size };
      }
      const bytes = (await object.Body?.transformToByteArray()) ?? new Uint8Array();
      if (bytes.byteLength > maxBytes) return { tooLarge: bytes.byteLength };
      return { bytes, sha256: sha256Hex(bytes) };
    } catch (error) {
      if (error instanceof NoSuchKey || (error as { name?: string }).name === 'NoSuchKey') return undefined;
      throw error;
    }
  },
  async promote(from, to) {
    try {
      await s3().send(
        new CopyObjectCommand({ Bucket: bucket(), Key: to, CopySource: `${bucket()}/${from}` }),
      );
    } catch (error) {
      if ((error as { name?: string }).name === 'NoSuchKey') return false;
      throw error;
    }
    await s3().send(new DeleteObjectCommand({ Bucket: bucket(), Key: from }));
    return true;
  },
  async remove(key) {
    await s3().send(new DeleteObjectCommand({ Bucket: bucket(), Key: key }));
  },
};

let port: ObjectStorePort = s3Store;
export const objectStore = (): ObjectStorePort => port;
/** Tests inject faults here; undefined: S3 again, with a client made anew from the environment. */
export function setObjectStore(next: ObjectStorePort | undefined): void {
  port = next ?? s3Store;
  if (!next) {
    client?.destroy();
    client = undefined;
  }
}
