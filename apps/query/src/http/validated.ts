import { Body, Param, Query } from '@nestjs/common';
import { ApiRoute } from '@newsflow/contracts';
import { ZodValidationPipe } from './zod-validation.pipe';

/** The route's query string, parsed by its contract schema (unknown parameters rejected). */
export const ValidQuery = (route: ApiRoute) => Query(new ZodValidationPipe(route.query, 'query'));

/** The route's path parameters, parsed by its contract schema. */
export const ValidParams = (route: ApiRoute) => Param(new ZodValidationPipe(route.params!, 'path'));

/** The route's JSON body, parsed by its contract schema. */
export const ValidBody = (route: ApiRoute) => Body(new ZodValidationPipe(route.body!, 'body'));
