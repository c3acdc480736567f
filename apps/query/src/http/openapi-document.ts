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

/**
 * A JSON answer; for Server-Sent Events, the schema of each event's data; for an export, the row's schema
 * as JSON Lines and CSV text whose columns are its fields.
 */
function okResponse(route: ApiRoute) {
  const row = jsonSchema(route.response, 'output');
  if (!route.produces) return { description: 'OK', content: { 'application/json': { schema: row } } };
  if (route.produces.includes('text/event-stream')) {
    return { description: 'An open stream of Server-Sent Events; the data: line of each is one of these JSON objects', content: { 'text/event-stream': { schema: row } } };
  }
  const content = Object.fromEntries(
    route.produces.map((type) => {
      const csv = type.startsWith('text/csv');
      const schema = csv ? { type: 'string', description: `A header row, then one record per row with the columns ${Object.keys(row.properties ?? {}).join(', ')}` } : row;
      return [type.split(';')[0], { schema }];
    }),
  );
  return {
    description: 'Streamed rows, every match (no cap): CSV (RFC 4180, formula-like cells prefixed with an apostrophe) or JSON Lines, one row object a line',
    headers: { 'Content-Disposition': { description: 'attachment; filename="newsflow-….csv|jsonl"', schema: { type: 'string' } } },
    content,
  };
}

function success(route: ApiRoute) {
  return route.status === 204 ? { 204: { description: 'Done' } } : { [route.status ?? 200]: okResponse(route) };
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
      description:
        'Articles, entities, quotes, the file ledger and the pipeline. Lists use opaque cursors and carry total and totalCapped (counted up to 10,000); exports stream every match; errors are RFC 7807 problem+json.',
    },
    paths,
    components: {
      schemas: { Problem: jsonSchema(problemSchema, 'output') },
      securitySchemes: { apiKey: { type: 'apiKey', in: 'header', name: 'X-API-Key' } },
    },
  } as unknown as OpenAPIObject;
}
