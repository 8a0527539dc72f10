/** Where Cognito sends a person back after signing in: the account group serves it, CDK registers it. */
export const CALLBACK_PATH = '/auth/callback';
