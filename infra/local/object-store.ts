import { timingSafeEqual } from 'node:crypto';
import { mkdirSync, mkdtempSync, rmSync } from 'node:fs';
import {
  createServer,
  request as httpRequest,
  type IncomingMessage,
  type Server,
  type ServerResponse,
} from 'node:http';
import type { AddressInfo } from 'node:net';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { S3RequestPresigner } from '@aws-sdk/s3-request-presigner';
import { HttpRequest } from '@smithy/core/protocols';
import { Hash } from '@smithy/core/serde';
import { SignatureV4 } from '@smithy/signature-v4';
import S3rver from 's3rver';
// s3rver knows one hard-coded key pair; ours is registered beside it (it checks the key, never a V4 signature).
import Account from 's3rver/lib/models/account.js';
import { LOCAL_AWS } from './dynamodb-local.ts';

/**
 * S3 on this machine: `s3rver` (an S3-compatible server, files on disk) behind a gate that checks
 * every request's AWS Signature V4 as S3 does — the presigned URLs a browser gets (signature,
 * signed headers such as the upload's length, expiry) and the SDK's own signed calls — with the
 * SDK's own signers, so a tampered or expired URL is refused here as in AWS. s3rver alone accepts
 * any signature.
 */
export interface LocalObjectStore {
  endpoint: string;
  bucket: string;
  stop: () => Promise<void>;
}

const credentials = { accessKeyId: LOCAL_AWS.accessKeyId, secretAccessKey: LOCAL_AWS.secretAccessKey };
Account.DUMMY_ACCOUNT.createKeyPair(credentials.accessKeyId, credentials.secretAccessKey);
const sha256 = Hash.bind(null, 'sha256');
const presigner = new S3RequestPresigner({ credentials, region: LOCAL_AWS.region, sha256 });
const signer = new SignatureV4({
  credentials,
  region: LOCAL_AWS.region,
  service: 's3',
  sha256,
  uriEscapePath: false,
  applyChecksum: false,
});

/** The query parameters a presigned URL's signature covers itself (they are rebuilt, not compared). */
const PRESIGN_PARAMS = [
  'X-Amz-Algorithm',
  'X-Amz-Credential',
  'X-Amz-Date',
  'X-Amz-Expires',
  'X-Amz-SignedHeaders',
  'X-Amz-Signature',
  'X-Amz-Content-Sha256',
];

/** `20261201T101500Z` → a Date. */
function amzDate(value: string | null): Date | undefined {
  const m = /^(\d{4})(\d{2})(\d{2})T(\d{2})(\d{2})(\d{2})Z$/.exec(value ?? '');
  return m ? new Date(Date.UTC(+m[1]!, +m[2]! - 1, +m[3]!, +m[4]!, +m[5]!, +m[6]!)) : undefined;
}

const same = (a: string, b: string) =>
  a.length === b.length && timingSafeEqual(Buffer.from(a), Buffer.from(b));

function requestOf(
  req: IncomingMessage,
  url: URL,
  signedHeaders: string[],
  query: Record<string, string | string[]>,
) {
  const headers: Record<string, string> = {};
  for (const name of signedHeaders) {
    const value = req.headers[name];
    if (value !== undefined) headers[name] = Array.isArray(value) ? value.join(',') : value;
  }
  return new HttpRequest({
    method: req.method ?? 'GET',
    protocol: 'http:',
    hostname: url.hostname,
    ...(url.port ? { port: Number(url.port) } : {}),
    path: url.pathname,
    query,
    headers,
  });
}

function queryOf(url: URL, without: readonly string[]): Record<string, string | string[]> {
  const query: Record<string, string | string[]> = {};
  for (const [key, value] of url.searchParams) {
    if (without.includes(key)) continue;
    const existing = query[key];
    query[key] =
      existing === undefined ? value : [...(Array.isArray(existing) ? existing : [existing]), value];
  }
  return query;
}

/** Why S3 would refuse this request's signature, or undefined when it holds. */
export async function signatureProblem(req: IncomingMessage, now = new Date()): Promise<string | undefined> {
  const url = new URL(req.url ?? '/', `http://${req.headers.host ?? 'localhost'}`);
  const params = url.searchParams;
  if (params.has('X-Amz-Signature')) {
    if (params.get('X-Amz-Algorithm') !== 'AWS4-HMAC-SHA256') return 'unsupported algorithm';
    const [keyId] = (params.get('X-Amz-Credential') ?? '').split('/');
    if (keyId !== credentials.accessKeyId) return 'unknown access key';
    const signedAt = amzDate(params.get('X-Amz-Date'));
    const expires = Number(params.get('X-Amz-Expires'));
    if (!signedAt || !Number.isInteger(expires) || expires < 1 || expires > 604_800)
      return 'malformed presigned URL';
    if (now.getTime() > signedAt.getTime() + expires * 1000) return 'Request has expired';
    const signedHeaders = (params.get('X-Amz-SignedHeaders') ?? '').split(';').filter(Boolean);
    const expected = await presigner.presign(
      requestOf(req, url, signedHeaders, queryOf(url, PRESIGN_PARAMS)),
      {
        signingDate: signedAt,
        expiresIn: expires,
        signableHeaders: new Set(signedHeaders),
      },
    );
    const signature = params.get('X-Amz-Signature') ?? '';
    return same(String(expected.query?.['X-Amz-Signature']), signature)
      ? undefined
      : 'The request signature we calculated does not match the signature you provided';
  }
  const authorization = req.headers.authorization ?? '';
  const m =
    /^AWS4-HMAC-SHA256 Credential=([^/]+)\/[^,]+, ?SignedHeaders=([^,]+), ?Signature=([a-f0-9]{64})$/.exec(
      authorization,
    );
  if (!m) return 'anonymous access is not allowed';
  if (m[1] !== credentials.accessKeyId) return 'unknown access key';
  const signedAt = amzDate(String(req.headers['x-amz-date'] ?? ''));
  if (!signedAt) return 'missing x-amz-date';
  // S3 allows 15 minutes of clock skew for signed requests.
  if (Math.abs(now.getTime() - signedAt.getTime()) > 15 * 60_000) return 'Request time too skewed';
  const signedHeaders = m[2]!.split(';');
  const signed = await signer.sign(requestOf(req, url, signedHeaders, queryOf(url, [])), {
    signingDate: signedAt,
    signableHeaders: new Set(signedHeaders),
  });
  const expected = /Signature=([a-f0-9]{64})/.exec(String(signed.headers.authorization))?.[1] ?? '';
  return same(expected, m[3]!)
    ? undefined
    : 'The request signature we calculated does not match the signature you provided';
}

function refuse(res: ServerResponse, message: string) {
  const code = message === 'Request has expired' ? 'AccessDenied' : 'SignatureDoesNotMatch';
  res.writeHead(403, { 'content-type': 'application/xml' });
  res.end(
    `<?xml version="1.0" encoding="UTF-8"?>\n<Error><Code>${code}</Code><Message>${message}</Message></Error>`,
  );
}

export async function startLocalObjectStore(
  options: { dataDir?: string; bucket?: string; port?: number } = {},
): Promise<LocalObjectStore> {
  const bucket = options.bucket ?? 'innovatiemarkt-documents';
  // In memory: a temporary folder that goes when the store stops.
  const directory = options.dataDir ?? mkdtempSync(path.join(tmpdir(), 'innovatiemarkt-s3-'));
  mkdirSync(directory, { recursive: true });
  const inner = new S3rver({
    address: '127.0.0.1',
    port: 0,
    silent: true,
    directory,
    configureBuckets: [{ name: bucket, configs: [] }],
  });
  const innerAddress = (await inner.run()) as AddressInfo | { port: number };

  const gate: Server = createServer((req, res) => {
    signatureProblem(req).then(
      (problem) => {
        if (problem) {
          req.resume();
          refuse(res, problem);
          return;
        }
        const forward = httpRequest(
          {
            host: '127.0.0.1',
            port: innerAddress.port,
            method: req.method,
            path: req.url,
            // s3rver sees the host the client signed for.
            headers: req.headers,
          },
          (answer) => {
            res.writeHead(answer.statusCode ?? 502, answer.headers);
            answer.pipe(res);
          },
        );
        forward.on('error', () => {
          if (!res.headersSent) res.writeHead(502);
          res.end();
        });
        req.pipe(forward);
      },
      () => {
        req.resume();
        refuse(res, 'malformed request');
      },
    );
  });
  await new Promise<void>((resolve, reject) => {
    gate.once('error', reject);
    gate.listen(options.port ?? 0, '127.0.0.1', () => resolve());
  });
  const port = (gate.address() as AddressInfo).port;
  return {
    endpoint: `http://127.0.0.1:${port}`,
    bucket,
    stop: async () => {
      await new Promise<void>((resolve) => {
        gate.close(() => resolve());
        gate.closeAllConnections();
      });
      await inner.close();
      if (!options.dataDir) rmSync(directory, { recursive: true, force: true });
    },
  };
}
