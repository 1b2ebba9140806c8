import fs from 'node:fs';
import http from 'node:http';
import path from 'node:path';
import { randomUUID } from 'node:crypto';
import express, { type Request, type Response } from 'express';
import helmet from 'helmet';
import { ApolloServer, type ApolloServerPlugin } from '@apollo/server';
import { expressMiddleware } from '@as-integrations/express5';
import { ApolloServerPluginDrainHttpServer } from '@apollo/server/plugin/drainHttpServer';
import { ApolloServerPluginCacheControlDisabled, ApolloServerPluginLandingPageDisabled } from '@apollo/server/plugin/disabled';
import { jitGateway } from './jit-executor.js';
import type { GraphQLSchema } from 'graphql';
import type { Config } from './config.js';
import type { EntityManager, Orm } from './database/orm.js';
import { createRequestContext, forkForRequest, type RequestContext } from './context.js';
import { sessionSetCookie } from './auth/session-cookie.js';
import { SESSION_ABSOLUTE_MS, userFromCookie } from './auth/session.service.js';
import { formatError, isExpectedError, RequestSetupError } from './errors.js';
import { armor } from './hardening.js';
import { filesRouter } from './files/files.routes.js';
import { publicationDirectorsExportRouter } from './publication-directors/export.routes.js';
import { incidentExportRouter } from './incidents/incident-export.routes.js';
import { conventionsRouter } from './conventions/conventions.routes.js';
import { dataProtectionRouter } from './data-requests/data-protection.routes.js';
import { directoryImportRouter } from './directory-import/rejected-rows.routes.js';
import type { Logger } from './logger.js';

export interface ServerDeps {
  orm: Orm;
  config: Config;
  logger: Logger;
  schema: GraphQLSchema;
  /** The clock; tests pass a fixed one. */
  clock?: () => Date;
}

export interface RunningServer {
  url: string;
  port: number;
  stop(): Promise<void>;
}

const REQUEST_ID = /^[A-Za-z0-9._-]{8,64}$/;

/**
 * Adds the request id to every error sent, and logs the unexpected ones with their stack (server side
 * only). Outside production, the response tells how many SQL statements it took (tests assert on it).
 */
const requestPlugin = (exposeStatements: boolean): ApolloServerPlugin<RequestContext> => ({
  async requestDidStart() {
    return {
      async didEncounterErrors({ errors, contextValue }) {
        for (const error of errors) {
          if (!isExpectedError(error)) contextValue.logger.error({ err: error.originalError ?? error, path: error.path }, 'unexpected error');
        }
      },
      async willSendResponse({ response, contextValue }) {
        if (exposeStatements) response.http.headers.set('x-sql-statements', String(contextValue.statements.count));
        if (response.body.kind === 'single' && response.body.singleResult.errors) {
          response.body.singleResult.errors = response.body.singleResult.errors.map((error) => ({
            ...error,
            extensions: { ...error.extensions, requestId: contextValue.requestId },
          }));
        }
      },
    };
  },
});

/** Builds the HTTP server: GraphQL at /graphql, /healthz, and the console at / when it has been built. */
export async function createServer(deps: ServerDeps): Promise<{ httpServer: http.Server; start(): Promise<RunningServer> }> {
  const { orm, config, logger, schema } = deps;
  const clock = deps.clock ?? (() => new Date());
  const app = express();
  const httpServer = http.createServer(app);
  app.disable('x-powered-by');
  app.set('trust proxy', config.env === 'production' ? 'loopback, linklocal, uniquelocal' : false);

  app.use((req, res, next) => {
    const incoming = req.get('x-request-id');
    const requestId = incoming && REQUEST_ID.test(incoming) ? incoming : randomUUID();
    res.locals.requestId = requestId;
    res.setHeader('x-request-id', requestId);
    const started = process.hrtime.bigint();
    res.on('finish', () => {
      const ctx = res.locals.ctx as RequestContext | undefined;
      logger.info({
        requestId, method: req.method, url: req.originalUrl.split('?')[0], status: res.statusCode,
        ms: Number((process.hrtime.bigint() - started) / 1000n) / 1000, sql: ctx?.statements.count,
      }, 'request');
    });
    next();
  });

  app.use(helmet({
    contentSecurityPolicy: {
      directives: {
        defaultSrc: ["'self'"],
        scriptSrc: ["'self'"],
        styleSrc: ["'self'", "'unsafe-inline'"],
        imgSrc: ["'self'", 'data:'],
        fontSrc: ["'self'", 'data:'],
        connectSrc: ["'self'"],
        frameAncestors: ["'none'"],
        upgradeInsecureRequests: config.env === 'production' ? [] : null,
      },
    },
    strictTransportSecurity: config.env === 'production',
  }));

  app.get('/healthz', async (_req, res) => {
    try {
      await (orm.em.fork() as EntityManager).execute('select 1');
      res.json({ status: 'ok', database: { status: 'ok', driver: config.database.driver } });
    } catch (error) {
      logger.error({ err: error }, 'health check failed');
      res.status(503).json({ status: 'unavailable', database: { status: 'unreachable', driver: config.database.driver } });
    }
  });

  const production = config.env === 'production';
  const protections = armor(production);
  const apollo = new ApolloServer<RequestContext>({
    gateway: jitGateway(schema),
    formatError,
    introspection: !production,
    hideSchemaDetailsFromClientErrors: production,
    includeStacktraceInErrorResponses: false,
    csrfPrevention: true,
    allowBatchedHttpRequests: false,
    // main.ts owns the signals: it stops HTTP, then the jobs, then the database, then exits.
    stopOnTerminationSignals: false,
    validationRules: protections.validationRules,
    plugins: [
      // graphql-armor is typed against Apollo's CommonJS build, we load the ESM one: same runtime object.
      ...(protections.plugins as unknown as ApolloServerPlugin<RequestContext>[]),
      ApolloServerPluginDrainHttpServer({ httpServer }),
      requestPlugin(config.env !== 'production'),
      // Cache-control hints are unused here, and the plugin wraps every field resolver to collect them.
      ApolloServerPluginCacheControlDisabled(),
      ...(production ? [ApolloServerPluginLandingPageDisabled()] : []),
    ],
  });
  await apollo.start();

  app.use(
    '/graphql',
    express.json({ limit: config.bodyLimitBytes }),
    expressMiddleware(apollo, {
      context: async ({ req, res }: { req: Request; res: Response }) => {
        const requestId = res.locals.requestId as string;
        const now = clock();
        const fork = forkForRequest(orm, requestId);
        let user = null;
        try {
          user = await userFromCookie(fork.em, req.headers.cookie, config.env, now);
        } catch (error) {
          logger.error({ err: error, requestId }, 'session check failed');
          throw new RequestSetupError(requestId, error);
        }
        const ctx = createRequestContext(fork, {
          requestId, env: config.env, config, now,
          logger: logger.child({ requestId, userId: user?.id }),
          client: { ip: req.ip ?? null, userAgent: req.get('user-agent') ?? null },
          sessionCookie: {
            set: (value) => res.append('set-cookie', sessionSetCookie(config.env, value, SESSION_ABSOLUTE_MS / 1000)),
            clear: () => res.append('set-cookie', sessionSetCookie(config.env, null, 0)),
          },
        }, user);
        res.locals.ctx = ctx;
        return ctx;
      },
    }),
  );

  app.use('/files', filesRouter({ orm, config, logger, clock }));
  app.use('/exports', publicationDirectorsExportRouter({ orm, config, logger, clock }));
  app.use('/exports', incidentExportRouter({ orm, config, logger, clock, schema }));
  app.use('/conventions', conventionsRouter({ orm, config, logger, clock }));
  app.use('/data-protection', dataProtectionRouter({ orm, config, logger, clock }));
  app.use('/directory-imports', directoryImportRouter({ orm, config, logger, clock }));
  // Errors outside GraphQL: a client's (body too large, malformed JSON) keeps its 4xx status; anything
  // else is logged with its request id and answered without details.
  app.use((error: { status?: number; type?: string } | undefined, _req: Request, res: Response, next: (error?: unknown) => void) => {
    if (res.headersSent) return next(error);
    const status = error?.status && error.status >= 400 && error.status < 500 ? error.status : 500;
    if (status === 500) logger.error({ err: error, requestId: res.locals.requestId }, 'unexpected error');
    const code = status === 413 ? 'PAYLOAD_TOO_LARGE' : status === 500 ? 'INTERNAL_SERVER_ERROR' : 'BAD_REQUEST';
    res.status(status).json({ error: { code, message: status === 500 ? 'Erreur interne.' : 'Requête refusée.', requestId: res.locals.requestId } });
  });

  serveConsole(app, config.consoleDir);

  return {
    httpServer,
    start: () =>
      new Promise((resolve, reject) => {
        httpServer.once('error', reject);
        httpServer.listen(config.port, config.host, () => {
          const address = httpServer.address();
          const port = typeof address === 'object' && address ? address.port : config.port;
          resolve({
            port,
            url: `http://${displayHost(config.host)}:${port}`,
            stop: async () => {
              await apollo.stop();
            },
          });
        });
      }),
  };
}

/** The host to print in URLs: the one listened on, or `localhost` when listening on every interface. */
function displayHost(host: string | undefined): string {
  if (!host || host === '0.0.0.0' || host === '::') return 'localhost';
  return host.includes(':') ? `[${host}]` : host;
}

/** The built console (admin/dist) at `/`, with the single-page fallback for client-side routes. */
function serveConsole(app: express.Express, consoleDir: string): void {
  const index = path.join(consoleDir, 'index.html');
  app.use(express.static(consoleDir, { index: false, maxAge: '1h', immutable: false }));
  app.get(/^\/(?!graphql|healthz|files|exports|conventions|data-protection|directory-imports).*/, (_req, res, next) => {
    if (!fs.existsSync(index)) return next();
    res.setHeader('cache-control', 'no-cache');
    res.sendFile(index);
  });
}
