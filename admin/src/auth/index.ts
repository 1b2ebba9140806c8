import { createAuthProvider } from './authProvider';

export const authProvider = createAuthProvider();
