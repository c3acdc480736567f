import { Injectable, INestApplication, OnModuleInit } from '@nestjs/common';
import { HttpAdapterHost } from '@nestjs/core';
import { SwaggerModule } from '@nestjs/swagger';
import { buildOpenApiDocument } from './openapi-document';
import { uiDirectory } from './ui-directory';

interface StaticCapableAdapter {
  useStaticAssets(options: Record<string, unknown>): unknown;
}

/**
 * Mounts Swagger UI at /docs (JSON at /docs-json) and the web UI at /. This runs while the app
 * initialises, after the API routes and before Nest's not-found handler, so both stay reachable.
 */
@Injectable()
export class DocsAndUi implements OnModuleInit {
  constructor(private readonly host: HttpAdapterHost) {}

  onModuleInit(): void {
    const adapter = this.host.httpAdapter;
    const staticAdapter = adapter as unknown as StaticCapableAdapter;
    // SwaggerModule only needs these two members of the application.
    const app = { getHttpAdapter: () => adapter, useStaticAssets: (options: Record<string, unknown>) => staticAdapter.useStaticAssets(options) };
    SwaggerModule.setup('docs', app as unknown as INestApplication, buildOpenApiDocument(), { customSiteTitle: 'newsflow API' });
    staticAdapter.useStaticAssets({ root: uiDirectory(), prefix: '/', index: 'index.html', maxAge: 0 });
  }
}
