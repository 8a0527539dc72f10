/** s3rver's registry of key pairs (not in @types/s3rver). */
declare module 's3rver/lib/models/account.js' {
  const Account: { DUMMY_ACCOUNT: { createKeyPair(accessKeyId: string, secretAccessKey: string): void } };
  export default Account;
}
