import { OpenAPIObject } from '@nestjs/swagger';
import { z } from 'zod';
import { API_ROUTES, ApiRoute, problemSchema } from '@newsflow/contracts';

type JsonSchema = Record<string, unknown> & { properties?: Record<string, JsonSchema>; required?: string[]; description?: string };

function jsonSchema(schema: z.ZodType, io: 'input' | 'output'): JsonSchema {
  const { $schema: _ignored, ...rest } = z.toJSONSchema(schema, { io, unrepresentable: 'any' }) as JsonSchema;
  return rest;
}

function parameters(schema: z.ZodObject | undefined, location: 'query' | 'path') {
  if (!schema) return [];
  const json = jsonSchema(schema, 'input');
  return Object.entries(json.properties ?? {}).map(([name, property]) => {
    const { description, ...propertySchema } = property;
    return { name, in: location, required: location === 'path' || (json.required ?? []).includes(name), description, schema: propertySchema };
  });
}

const problemResponse = (description: string) => ({ description, content: { 'application/problem+json': { schema: { $ref: '#/components/schemas/Problem' } } } });

function success(route: ApiRoute) {
  if (route.status === 204) return { 204: { description: 'Done' } };
  const type = route.produces ?? 'application/json';
  const description = route.produces === 'text/event-stream' ? 'An open stream of events; the data: line of each is one of these JSON objects' : 'OK';
  return { [route.status ?? 200]: { description, content: { [type]: { schema: jsonSchema(route.response, 'output') } } } };
}

function operation(name: string, route: ApiRoute) {
  return {
    operationId: name,
    tags: [route.tag],
    summary: route.summary,
    parameters: [...parameters(route.params, 'path'), ...parameters(route.query, 'query')],
    ...(route.body ? { requestBody: { required: true, content: { 'application/json': { schema: jsonSchema(route.body, 'input') } } } } : {}),
    ...(route.mutating ? { security: [{ apiKey: [] }] } : {}),
    responses: {
      ...success(route),
      400: problemResponse('Invalid input (unknown or malformed parameters)'),
      ...(route.params ? { 404: problemResponse('Not found') } : {}),
      ...(route.mutating ? { 401: problemResponse('Missing or wrong X-API-Key') } : {}),
    },
  };
}

/** The OpenAPI document, generated from the same zod schemas the controllers validate with. */
export function buildOpenApiDocument(): OpenAPIObject {
  const paths: Record<string, Record<string, unknown>> = {};
  for (const [name, route] of Object.entries(API_ROUTES) as Array<[string, ApiRoute]>) {
    const path = route.path.replace(/:([A-Za-z]+)/g, '{$1}');
    paths[path] = { ...paths[path], [route.method]: operation(name, route) };
  }
  return {
    openapi: '3.1.0',
    info: {
      title: 'newsflow query API',
      version: '1',
      description: 'Articles, entities, quotes, the file ledger and the pipeline. Lists use opaque cursors; errors are RFC 7807 problem+json.',
    },
    paths,
    components: {
      schemas: { Problem: jsonSchema(problemSchema, 'output') },
      securitySchemes: { apiKey: { type: 'apiKey', in: 'header', name: 'X-API-Key' } },
    },
  } as unknown as OpenAPIObject;
}
