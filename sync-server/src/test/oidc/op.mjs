// A real OpenID Connect provider for the sync server's tests: node op.mjs PORT [--github] REDIRECT_URI...
// devInteractions gives a login form that accepts any user name (and any password); the user name becomes
// the subject, preferred_username and (capitalised) name.
// --github serves the same authorisation server on GitHub (Enterprise)'s paths instead — /login/oauth/authorize,
// /login/oauth/access_token with the secret in the form body, scope read:user, no ID token — plus GitHub's
// user endpoint (/api/v3/user: numeric id, login, name) answering for the access token it issued.
// Prints "ready" once it listens.
import Provider from 'oidc-provider';

const args = process.argv.slice(2);
const port = Number(args.shift());
const github = args[0] === '--github';
const redirectUris = github ? args.slice(1) : args;
const issuer = `http://127.0.0.1:${port}`;

const numericId = (login) => [...login].reduce((h, c) => (h * 31 + c.charCodeAt(0)) >>> 0, 7);

const oidc = new Provider(issuer, {
  clients: [{
    client_id: 'codehabit',
    client_secret: 'codehabit-test-secret',
    redirect_uris: redirectUris,
    token_endpoint_auth_method: github ? 'client_secret_post' : 'client_secret_basic',
  }],
  findAccount: async (ctx, id) => ({
    accountId: id,
    claims: async () => ({
      sub: id,
      email: `${id}@example.test`,
      preferred_username: id,
      name: id.charAt(0).toUpperCase() + id.slice(1),
    }),
  }),
  claims: { openid: ['sub'], email: ['email'], profile: ['preferred_username', 'name'] },
  scopes: github ? ['openid', 'read:user'] : ['openid', 'offline_access'],
  routes: github ? { authorization: '/login/oauth/authorize', token: '/login/oauth/access_token' } : {},
  features: { devInteractions: { enabled: true } },
  pkce: { required: () => true },
});

if (github) {
  oidc.use(async (ctx, next) => {
    if (ctx.path !== '/api/v3/user') return next();
    const token = (ctx.get('authorization') || '').replace(/^(Bearer|token) /i, '');
    const found = token && await oidc.AccessToken.find(token);
    if (!found) {
      ctx.status = 401;
      ctx.body = { message: 'Bad credentials' };
      return undefined;
    }
    const login = found.accountId;
    ctx.body = { id: numericId(login), login, name: login.charAt(0).toUpperCase() + login.slice(1), email: null };
    return undefined;
  });
}

oidc.listen(port, '127.0.0.1', () => console.log('ready'));
